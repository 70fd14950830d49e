// End-to-end tests against the production build (`npm start`: embedded PostgreSQL with the demo
// data when no DATABASE_URL is set) in Debian's Chromium — `npx playwright install` cannot work
// on these machines, so the browser is the system one: `apt-get install -y chromium`.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eAuthUrl, e2eSecretsKeys, e2eSmtpPort } from "./tests/e2e/support/mail";
import { e2eStripeEnv } from "./tests/e2e/support/stripe";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined; // Fall back to a Playwright-managed browser where one is installed.
  }
}

// `npm start` serves the production build; build first when there is none.
const startCommand = existsSync(".next/BUILD_ID") ? "npm start" : "npm run build && npm start";

export default defineConfig({
  testDir: "tests/e2e",
  // One mail sink for the run, whatever worker a spec is in (tests/e2e/support/mailbox.ts reads it).
  // The local Stripe stand-in likewise (tests/e2e/support/stripe-standin-setup.ts), for billing.spec.
  globalSetup: ["./tests/e2e/support/mail-sink-setup.ts", "./tests/e2e/support/stripe-standin-setup.ts"],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        },
      },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: startCommand,
        url: `${baseURL}/api/health`,
        // Magic links go to the mail sink tests/e2e/sign-in.spec.ts runs on this port, and are
        // built on the address the tests use.
        // SSO specs: a key to seal OIDC client secrets with (production refuses to run without
        // one; this one is for the run only), and identity providers on this machine over plain
        // http (lib/sso/loopback).
        env: {
          PORT: String(port),
          SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort()}`,
          AUTH_URL: e2eAuthUrl(),
          SECRETS_KEYS: e2eSecretsKeys(),
          SSO_ALLOW_HTTP_LOOPBACK: "1",
          // Every spec signs in from 127.0.0.1: the per-client limit is per person in real use.
          MAGIC_LINK_LIMIT_PER_CLIENT: "1000",
          ...e2eStripeEnv(),
        },
        reuseExistingServer: !process.env.CI,
        // Starting loads the demo data into a fresh embedded PostgreSQL.
        timeout: 180_000,
        stdout: "pipe",
        stderr: "pipe",
      },
});
