import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where the system Chromium may live; `BATON_CHROMIUM` wins when set. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * The system Chromium's path. Playwright's own browser download does not work on these
 * machines, so the tests use the distribution's Chromium and fail loudly without one.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.BATON_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`BATON_CHROMIUM=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install it with `apt-get install -y chromium` " +
        "(Debian/Ubuntu; `.ci/run` does this), or set BATON_CHROMIUM to a Chromium or Chrome binary.",
    );
  }
  return found;
}

/** Launches the system Chromium headless, with the flags this sandboxed machine needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}
