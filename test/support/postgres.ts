/**
 * A throwaway PostgreSQL cluster for tests: `initdb` into a new temporary folder, `pg_ctl` on a
 * free loopback port, removed by `stop()`. Needs no PostgreSQL service on the machine, only
 * Debian's binaries (`/usr/lib/postgresql/<version>/bin`). When they are missing it FAILS with
 * how to install them; it never skips.
 *
 * PostgreSQL refuses to run as root: as root, the folder is given to the `postgres` user
 * (created by the Debian package) and every binary runs through `runuser -u postgres`. The
 * folder is made by `mkdtemp` under the system temp dir, which every user may enter, so this
 * works the same in a clean CI clone anywhere.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const INSTALL = "install them with: apt-get install -y postgresql (Debian/Ubuntu)";

/** The newest `/usr/lib/postgresql/<n>/bin` with initdb and pg_ctl (or `$BATON_PG_BIN`). */
export function postgresBin(): string {
  const fromEnv = process.env.BATON_PG_BIN;
  if (fromEnv) {
    if (!existsSync(join(fromEnv, "initdb"))) throw new Error(`BATON_PG_BIN=${fromEnv} has no initdb; ${INSTALL}`);
    return fromEnv;
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error(`PostgreSQL binaries (initdb, pg_ctl) not found under ${root}; ${INSTALL}`);
  return join(root, versions[0], "bin");
}

/** A free loopback TCP port (closed again before it is returned). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export interface TestPostgres {
  /** `postgres://baton@127.0.0.1:<port>/postgres` */
  readonly adminUrl: string;
  readonly port: number;
  /** The URL of database `name` on this cluster. */
  urlOf(name: string): string;
  /** Creates a new empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the cluster (fast shutdown) and starts it again on the same port and data. */
  restart(): Promise<void>;
  /** Stops the cluster without starting it again. */
  halt(): Promise<void>;
  /** Starts it again after `halt()`. */
  start(): Promise<void>;
  /** Stops the cluster and removes its folder. */
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "baton-pg-"));
  const data = join(dir, "data");
  const logFile = join(dir, "server.log");
  const run = (cmd: string, args: string[]): void => {
    const full = asRoot ? ["runuser", ["-u", "postgres", "--", join(bin, cmd), ...args]] as const : [join(bin, cmd), args] as const;
    const r = spawnSync(full[0], [...full[1]], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}${r.error ? r.error.message : ""}`);
  };
  if (asRoot) {
    let uid: number;
    let gid: number;
    try {
      uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
      gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    } catch {
      throw new Error(`running as root needs the "postgres" user to start PostgreSQL; ${INSTALL}`);
    }
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  run("initdb", ["-D", data, "-U", "baton", "--auth=trust", "-E", "UTF8", "--no-sync", "--locale=C"]);
  const port = await freePort();
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off -c full_page_writes=off -c max_connections=200`;
  const start = (): void => run("pg_ctl", ["-D", data, "-o", opts, "-l", logFile, "-w", "-t", "60", "start"]);
  const halt = (): void => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  start();
  const urlOf = (name: string): string => `postgres://baton@127.0.0.1:${port}/${name}`;
  const adminUrl = urlOf("postgres");
  let stopped = false;
  return {
    adminUrl,
    port,
    urlOf,
    async createDatabase(name) {
      const pg = (await import("pg")).default;
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
      } finally {
        await c.end();
      }
      return urlOf(name);
    },
    async restart() {
      halt();
      start();
    },
    async halt() {
      halt();
    },
    async start() {
      start();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        halt();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
