// Defects the fuzzer found in code it does not own and that are still open,
// by id, with how to recognise them in a result. A failure the fuzzer can
// attribute to one of these is reported as known (the tests assert there are
// no others, and reproduce each of these in an it.fails test until it is fixed).
//
// Found and since fixed (commits 202e183, ea0078c; the adversarial cases that
// found them stay as regression guards): code|N expansion hang/OOM, quadratic
// wide headers, quadratic lone-CR records, the tokenizer's fast path ignoring
// maxFieldLength, MrfErrors without the file name, unbounded version messages,
// trailing text after JSON refused by the reader only, unchecked zip CRC-32,
// quadratic JSON item queue (shift), unbuffered JSON strings (~20 B/char),
// unbounded JSON nesting (stack overflow, quadratic parser), JSON missed after
// long leading whitespace.
import type { Violation } from "./contract";

export const KNOWN_BUGS = {
  "csv-escaped-quote-memory":
    'A quoted CSV field dense in "" escapes costs ~16 bytes of memory per byte: CsvTokenizer.appendUnescaped unescapes with ' +
    "piece.replace(/\"\"/g, '\"'), and V8 keeps that result as a rope of its parts (15 MiB of quotes retain 246 MB after GC; " +
    "piece.split('\"\"').join('\"') retains 10 MB). The 8 MiB field limit stops it at ~16 MiB of input, so the peak is ~350-600 MB.",
  "csv-chunk-rows-memory":
    "Records are handed over a whole read chunk (256 KiB) at a time, and a record built on the tokenizer's slow path is an " +
    "array grown by push (capacity 17, ~150 bytes even for one empty cell): 1 MiB of lone CRs (a million empty records) " +
    "peaks at ~320 MB over three passes, 19 MiB of blank lines or CRs at ~300-600 MB.",
  "json-infinity":
    "JSON numbers beyond double range (1e999) parse as Infinity: the validator accepts them as positive amounts, the reader " +
    'refuses them ("Infinity" is not a number), so validateFile calls the file valid and a strict read (or ingestion) fails.',
} as const;

export type KnownBugId = keyof typeof KNOWN_BUGS;

/**
 * Known bugs the input itself is seen to set off, checked before the run (for
 * failures that cannot be told apart by their violation alone, such as a hang).
 * None are open at the moment; csv-code-index (a code|99999999 header) was one.
 */
const TRIGGERS: { id: KnownBugId; test: (head: string) => boolean }[] = [];

export function knownTriggers(head: string): KnownBugId[] {
  return TRIGGERS.filter((t) => t.test(head)).map((t) => t.id);
}

/** The known bug a violation shows, if it can be told from the violation and the input's triggers. */
export function classifyViolation(v: Violation, triggers: readonly KnownBugId[], caseKnown?: KnownBugId): KnownBugId | null {
  if (v.kind === "contract" && /validateFile says valid/.test(v.detail) && /"-?Infinity" is not a number/.test(v.detail)) return "json-infinity";
  if (triggers.length > 0 && (v.kind === "hang" || v.kind === "memory" || v.kind === "crash")) return triggers[0]!;
  return caseKnown ?? null;
}
