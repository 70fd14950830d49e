// The SMTP port of the end-to-end run's mail sink. playwright.config.ts points the server's
// SMTP_URL at it; tests/e2e/sign-in.spec.ts listens on it (lib/mail/sink: a real SMTP server)
// and reads the magic links from what arrives.
export function e2eSmtpPort(env: NodeJS.ProcessEnv = process.env): number {
  if (env.E2E_SMTP_PORT) return Number(env.E2E_SMTP_PORT);
  return Number(env.E2E_PORT ?? 3100) + 1000;
}
