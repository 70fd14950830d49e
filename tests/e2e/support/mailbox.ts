// Reading the run's mail in a spec: the messages the global mail sink has received so far.
import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import type { SunkMessage } from "../../../lib/mail/sink";
import { mailSpoolPath } from "./mail";

export function messages(): SunkMessage[] {
  let text: string;
  try {
    text = readFileSync(mailSpoolPath(), "utf8");
  } catch {
    return [];
  }
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as SunkMessage);
}

/** The number of messages so far: pass it to emailTo to wait for a later one. */
export const mailCount = () => messages().length;

/** The first message to `address` after the first `after` messages, waited for. */
export async function emailTo(address: string, after = 0): Promise<SunkMessage> {
  let found: SunkMessage | undefined;
  const wanted = address.toLowerCase();
  await expect
    .poll(() => (found = messages().slice(after).find((m) => m.to.includes(wanted))), { timeout: 15_000, message: `an email to ${address}` })
    .toBeTruthy();
  return found!;
}

/** How many messages to `address` so far (other specs' mail, sent meanwhile, does not count). */
export const mailCountTo = (address: string) => messages().filter((m) => m.to.includes(address.toLowerCase())).length;
