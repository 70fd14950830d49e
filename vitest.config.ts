import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup-env.ts"],
    // Integration tests share one database; files run one at a time so they
    // can reset tables without stepping on each other.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
    // inlined, Vite resolves it as Next.js's bundler does.
    server: { deps: { inline: ["next-auth"] } },
  },
});
