// Playwright's global setup: one mail sink (lib/mail/sink, a real SMTP server) for the whole
// run, on the port the server's SMTP_URL names. Each message it receives is appended to a spool
// file, so specs in any worker read the same mail (two specs each starting a sink on one port
// would collide when they run in parallel workers).
import { appendFileSync, writeFileSync } from "node:fs";
import { startMailSink } from "../../../lib/mail/sink";
import { e2eSmtpPort, mailSpoolPath } from "./mail";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const spool = mailSpoolPath();
  writeFileSync(spool, "");
  const sink = await startMailSink({ port: e2eSmtpPort(), onMessage: (message) => appendFileSync(spool, `${JSON.stringify(message)}\n`) });
  return () => sink.close();
}
