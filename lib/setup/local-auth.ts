// What `npm run dev` and `npm start` add so that sign-in works on a fresh clone with no setup:
//
// - no SMTP_URL: a local mail sink (lib/mail/sink) receives the magic-link emails; each link is
//   printed to the console and the email is written to .data/mail/.
// - no AUTH_SECRET for `npm start` (production mode refuses the public development default):
//   a random secret, generated once and kept in .data/auth-secret (git-ignored).
// - no SECRETS_KEYS for `npm start` (production refuses the public development key that seals
//   organizations' SSO client secrets): a random key, kept in .data/secrets-keys.
//
// A real deployment sets both; this only fills the gaps of a local run, and says so.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SMTP_URL } from "../auth/config";
import { firstLink, startMailSink, type SunkMessage } from "../mail/sink";

export const MAIL_DIR = ".data/mail";
export const AUTH_SECRET_FILE = ".data/auth-secret";
export const SECRETS_KEYS_FILE = ".data/secrets-keys";

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

/** A value kept in `file` (made once with `make`), so restarts keep sessions and sealed secrets readable. */
function keptLocally(file: string, valid: (value: string) => boolean, make: () => string, log: () => void): string {
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (valid(kept)) return kept;
  }
  const value = make();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  log();
  return value;
}

const localAuthSecret = (log: (line: string) => void) =>
  keptLocally(AUTH_SECRET_FILE, (v) => v.length >= 32, () => randomBytes(33).toString("base64"), () =>
    log(`No AUTH_SECRET set: generated one for this machine in ${AUTH_SECRET_FILE}. Set AUTH_SECRET in a real deployment.`),
  );

/** The local SECRETS_KEYS value ("local:<base64 of 32 bytes>"), made once for this machine. */
export const localSecretsKeys = (log: (line: string) => void = () => undefined) =>
  keptLocally(SECRETS_KEYS_FILE, (v) => /^local:[A-Za-z0-9+/]{43}=$/.test(v), () => `local:${randomBytes(32).toString("base64")}`, () =>
    log(`No SECRETS_KEYS set: generated a key for this machine in ${SECRETS_KEYS_FILE}. Set SECRETS_KEYS in a real deployment.`),
  );

export async function prepareLocalAuth(
  mode: "dev" | "start",
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): Promise<LocalAuth> {
  const added: Record<string, string> = {};
  const stops: (() => Promise<void>)[] = [];
  if (mode === "start" && !env.AUTH_SECRET?.trim()) added.AUTH_SECRET = localAuthSecret(log);
  if (mode === "start" && !env.SECRETS_KEYS?.trim()) added.SECRETS_KEYS = localSecretsKeys(log);
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
