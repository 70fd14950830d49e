// What `npm run dev` and `npm start` add so that sign-in works on a fresh clone with no setup:
//
// - no SMTP_URL: a local mail sink (lib/mail/sink) receives the magic-link emails; each link is
//   printed to the console and the email is written to .data/mail/.
// - no AUTH_SECRET for `npm start` (production mode refuses the public development default):
//   a random secret, generated once and kept in .data/auth-secret (git-ignored).
//
// A real deployment sets both; this only fills the gaps of a local run, and says so.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SMTP_URL } from "../auth/config";
import { firstLink, startMailSink, type SunkMessage } from "../mail/sink";

export const MAIL_DIR = ".data/mail";
export const AUTH_SECRET_FILE = ".data/auth-secret";

export interface LocalAuth {
  env: Record<string, string>;
  stop(): Promise<void>;
}

function writeMail(message: SunkMessage): string {
  mkdirSync(MAIL_DIR, { recursive: true });
  const safeTo = (message.to[0] ?? "unknown").replace(/[^a-z0-9@._-]/gi, "_");
  const file = path.join(MAIL_DIR, `${message.receivedAt.toISOString().replace(/[:.]/g, "-")}-${safeTo}.txt`);
  writeFileSync(file, `To: ${message.to.join(", ")}\nFrom: ${message.from}\nSubject: ${message.subject}\n\n${message.text}`);
  return file;
}

function localAuthSecret(log: (line: string) => void): string {
  if (existsSync(AUTH_SECRET_FILE)) {
    const kept = readFileSync(AUTH_SECRET_FILE, "utf8").trim();
    if (kept.length >= 32) return kept;
  }
  const secret = randomBytes(33).toString("base64");
  mkdirSync(path.dirname(AUTH_SECRET_FILE), { recursive: true });
  writeFileSync(AUTH_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  log(`No AUTH_SECRET set: generated one for this machine in ${AUTH_SECRET_FILE}. Set AUTH_SECRET in a real deployment.`);
  return secret;
}

export async function prepareLocalAuth(
  mode: "dev" | "start",
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): Promise<LocalAuth> {
  const added: Record<string, string> = {};
  const stops: (() => Promise<void>)[] = [];
  if (mode === "start" && !env.AUTH_SECRET?.trim()) added.AUTH_SECRET = localAuthSecret(log);
  if (!env.SMTP_URL?.trim()) {
    const onMessage = (message: SunkMessage) => {
      const file = writeMail(message);
      log(`Sign-in email for ${message.to.join(", ")} (saved in ${file}):\n  ${firstLink(message) ?? "(no link in the email)"}`);
    };
    const defaultPort = Number(new URL(DEFAULT_SMTP_URL).port);
    let sink;
    try {
      sink = await startMailSink({ port: defaultPort, onMessage });
    } catch {
      sink = await startMailSink({ port: 0, onMessage }); // 2525 is taken (another checkout running)
    }
    added.SMTP_URL = sink.url;
    stops.push(sink.close);
    log(`No SMTP_URL set: emails go to a local mail sink on ${sink.url}; sign-in links are printed here and saved in ${MAIL_DIR}/.`);
  }
  return { env: added, stop: async () => void (await Promise.all(stops.map((s) => s()))) };
}
