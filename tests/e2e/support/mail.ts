// Sign-in settings of the end-to-end run, shared by playwright.config.ts (the server's
// environment) and tests/e2e/sign-in.spec.ts.
import { tmpdir } from "node:os";

/** The port of the mail sink the spec runs (lib/mail/sink, a real SMTP server); the server's SMTP_URL points at it. */
export function e2eSmtpPort(env: NodeJS.ProcessEnv = process.env): number {
  if (env.E2E_SMTP_PORT) return Number(env.E2E_SMTP_PORT);
  return Number(env.E2E_PORT ?? 3100) + 1000;
}

/**
 * The address sign-in builds its links and cookies on (the server's AUTH_URL). `localhost`,
 * not 127.0.0.1: Next.js rewrites loopback addresses in request URLs to `localhost`, so Auth.js
 * sees `localhost` whatever the browser used, and the session cookie must be set there.
 */
export function e2eAuthUrl(env: NodeJS.ProcessEnv = process.env): string {
  return `http://localhost:${Number(env.E2E_PORT ?? 3100)}`;
}

/** The file the run's mail sink (mail-sink-setup.ts) appends every message to, one JSON per line. */
export function mailSpoolPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.E2E_MAIL_SPOOL ?? `${tmpdir()}/priceline-e2e-mail-${e2eSmtpPort(env)}.jsonl`;
}

/** The server's SECRETS_KEYS for the run (specs that seal SSO secrets themselves use the same). */
export function e2eSecretsKeys(env: NodeJS.ProcessEnv = process.env): string {
  return env.SECRETS_KEYS ?? `e2e:${Buffer.alloc(32, 7).toString("base64")}`;
}
