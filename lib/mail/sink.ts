// A local SMTP server that accepts every message and keeps it: the mail sink `npm run dev` and
// `npm start` run when no SMTP_URL is configured (so a fresh clone can sign in with magic links),
// and the end-to-end tests' stand-in for a mail server. A real SMTP server (smtp-server), so
// the app's nodemailer client speaks real SMTP to it.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SunkMessage {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: Date;
}

export interface MailSink {
  /** The port it listens on (useful with port 0). */
  port: number;
  /** `smtp://host:port`, for SMTP_URL. */
  url: string;
  messages: SunkMessage[];
  close(): Promise<void>;
}

export interface MailSinkOptions {
  port: number;
  host?: string;
  onMessage?: (message: SunkMessage) => void;
}

const MAX_MESSAGE_BYTES = 1024 * 1024;

export async function startMailSink({ port, host = "127.0.0.1", onMessage }: MailSinkOptions): Promise<MailSink> {
  const messages: SunkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback interface: no certificate to offer.
    disabledCommands: ["STARTTLS", "AUTH"],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const message: SunkMessage = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: new Date(),
          };
          messages.push(message);
          onMessage?.(message);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://${host}:${actual}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first http(s) link in a message's text. */
export function firstLink(message: Pick<SunkMessage, "text">): string | null {
  return /https?:\/\/[^\s<>"]+/.exec(message.text)?.[0] ?? null;
}
