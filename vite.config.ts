import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { messagesByLanguage } from "./tools/messagesByLanguage.ts";
import { precompress } from "./tools/precompress.ts";

const here = fileURLToPath(new URL(".", import.meta.url));

// One config for the page build (root: client/) and for every test project.
// `npm test` builds the page first, so the e2e project drives the real bundle.
export default defineConfig({
  root: "client",
  plugins: [react(), messagesByLanguage(here), precompress()],
  build: { outDir: "../dist", emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: {
      "/api": "http://127.0.0.1:8080",
      "/sync": { target: "ws://127.0.0.1:8080", ws: true },
    },
  },
  test: {
    root: here,
    reporters: ["default", "./test/support/summaryReporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts", "test/property/**/*.test.ts", "test/fuzz/**/*.test.ts"],
          environment: "node",
          // A safety net, not a speed check: property runs of a few seconds must not fail on a
          // loaded machine (speed is measured by `npm run bench`).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
