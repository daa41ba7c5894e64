import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const nodeBuiltins = ["node:*", "fs", "path", "os", "http", "https", "net", "crypto", "child_process", "url", "util", "stream", "events", "worker_threads"];

export default tseslint.config(
  { ignores: ["dist/**", "dist-server/**", "node_modules/**", "data/**", "coverage/**", "bench-results/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-throw-literal": "error",
    },
  },
  {
    // shared/ is pure and synchronous: no UI, no sockets, no Node, no clock, no randomness.
    files: ["shared/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["react", "react-dom", "react/*", "@xyflow/*"], message: "shared/ may not import React." },
          { group: ["ws", "y-websocket", "better-sqlite3"], message: "shared/ may not do I/O." },
          { group: nodeBuiltins, message: "shared/ may not import Node built-ins." },
          { group: ["**/client/**", "**/server/**"], message: "shared/ may not import client/ or server/." },
        ],
      }],
      "no-restricted-properties": ["error",
        { object: "Date", property: "now", message: "Pass the day or time in as an argument." },
        { object: "Math", property: "random", message: "Pass randomness (ids, seeds) in as an argument." },
      ],
      "no-restricted-globals": ["error", "window", "document", "process", "setTimeout", "setInterval", "crypto"],
    },
  },
  {
    files: ["server/**/*.{ts,mjs}"],
    languageOptions: { globals: globals.node },
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          { group: ["react", "react-dom", "react/*", "@xyflow/*"], message: "server/ may not import React." },
          { group: ["**/client/**"], message: "server/ may not import client/." },
        ],
      }],
    },
  },
  {
    files: ["client/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": ["error", {
        patterns: [
          { group: nodeBuiltins, message: "client/ runs in the browser." },
          { group: ["ws", "better-sqlite3", "**/server/**"], message: "client/ may not import server code." },
        ],
      }],
    },
  },
  {
    files: ["test/**/*.{ts,tsx,mjs}", "*.config.{ts,js}", "vite.config.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
