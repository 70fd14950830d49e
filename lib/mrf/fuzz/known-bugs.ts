// Defects the fuzzer found in code it does not own and that are still open,
// by id, with how to recognise them in a result. A failure the fuzzer can
// attribute to one of these is reported as known (the tests assert there are
// no others, and reproduce each of these in an it.fails test until it is fixed).
// To file one: add it here, set `known` on the adversarial case that shows it
// (cases.ts), and if the violation alone identifies it, teach classifyViolation.
//
// None are open. Found and since fixed (the adversarial cases that found them
// stay as regression guards):
// - commits 202e183, ea0078c: code|N expansion hang/OOM, quadratic wide
//   headers, quadratic lone-CR records, the tokenizer's fast path ignoring
//   maxFieldLength, MrfErrors without the file name, unbounded version
//   messages, trailing text after JSON refused by the reader only, unchecked
//   zip CRC-32, quadratic JSON item queue (shift), unbuffered JSON strings
//   (~20 B/char), unbounded JSON nesting (stack overflow, quadratic parser),
//   JSON missed after long leading whitespace;
// - csv-escaped-quote-memory (csv-quotes-only): a quoted field dense in ""
//   escapes cost ~16 bytes per byte, as replace(/""/g) kept a rope of its parts
//   (379 MB peak at test size, 563 MB full; now ~130-150 MB);
// - csv-chunk-rows-memory (csv-lone-cr-rows, csv-cr-only): a whole 256 KiB
//   chunk of lone CRs was 262,144 records of ~150 bytes at once (328 MB peak
//   for 1 MiB, 428 MB for 19 MiB); batches are now at most 8,192 records and a
//   one-field record is a one-slot array (~130-155 MB);
// - json-infinity (json-amount-overflow, and csv-amount-overflow for the CSV
//   form): an amount past double range (1e999) was valid to the validator but
//   refused by the reader; the validator now refuses it too (amount.invalid).
import type { Violation } from "./contract";

export const KNOWN_BUGS = {} as const satisfies Record<string, string>;

/** The id of an open bug (none at the moment, so no value has this type). */
export type KnownBugId = keyof typeof KNOWN_BUGS;

/** What is known of an open bug, for reports (typed so it compiles whatever the list holds, even nothing). */
export function knownBugText(id: KnownBugId): string {
  return (KNOWN_BUGS as Readonly<Record<string, string>>)[id] ?? id;
}

/**
 * Known bugs the input itself is seen to set off, checked before the run (for
 * failures that cannot be told apart by their violation alone, such as a hang).
 * None are open at the moment; csv-code-index (a code|99999999 header) was one.
 */
const TRIGGERS: { id: KnownBugId; test: (head: string) => boolean }[] = [];

export function knownTriggers(head: string): KnownBugId[] {
  return TRIGGERS.filter((t) => t.test(head)).map((t) => t.id);
}

/**
 * The known bug a violation shows, if it can be told from the violation and the
 * input's triggers (json-infinity was told by its message: "validateFile says
 * valid" with '"Infinity" is not a number'), or else the case's own marker.
 */
export function classifyViolation(v: Violation, triggers: readonly KnownBugId[], caseKnown?: KnownBugId): KnownBugId | null {
  if (triggers.length > 0 && (v.kind === "hang" || v.kind === "memory" || v.kind === "crash")) return triggers[0]!;
  return caseKnown ?? null;
}
