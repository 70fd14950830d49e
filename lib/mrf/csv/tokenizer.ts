// An incremental RFC 4180 tokenizer, written by hand because it is the hot loop
// of ingestion: general-purpose parsers (papaparse) cost about twice as much per
// byte here, and we need hard limits on field size and column count so hostile
// files fail fast with a clear error instead of exhausting memory.
//
// State is carried across chunks, so no byte is scanned twice however large a
// field is. Handles quoted fields, "" escapes, quoted newlines, and LF, CRLF or
// lone CR line endings (also mixed within one file).
//
// Memory stays a small multiple of what is being tokenized: a push can stop
// after a number of records (so a chunk of blank lines or lone CRs is not a
// quarter of a million arrays at once), a one-field record is an array of one
// slot, and "" escapes are unescaped into flat strings, not ropes.

export class CsvLimitError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
    this.name = "CsvLimitError";
  }
}

export interface TokenizerLimits {
  /** Longest field accepted, in characters. */
  maxFieldLength: number;
  /** Most fields accepted in one record. */
  maxColumns: number;
}

export const DEFAULT_LIMITS: TokenizerLimits = { maxFieldLength: 8 * 1024 * 1024, maxColumns: 20_000 };

/**
 * Text this tokenizer reads one way and CMS's validator (papaparse, rows split on
 * LF only) another, so the file cannot be valid for CMS:
 * - `text_after_quote`: a quoted field's closing quote is followed by text
 *   (`"basic"x`); read here as one field (`basicx`), while papaparse reads on to
 *   the next quote, past the end of the row;
 * - `lone_cr`: a record ends with a CR alone (old Mac line endings), which
 *   papaparse does not take for a line break. Told once, for the first such record.
 * `record` is 1-based; `field` is the 1-based position of the field in its record.
 */
export interface CsvQuirk {
  kind: "text_after_quote" | "lone_cr";
  record: number;
  field: number;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The fields of the line chunk[from, to) (no CR in it), whose quoted fields all
 * close on the line and are followed by a comma or the line's end; null when
 * the line is anything else, for the character-by-character path to read.
 */
function splitQuotedLine(chunk: string, from: number, to: number): string[] | null {
  const fields: string[] = [];
  let pos = from;
  for (;;) {
    if (pos < to && chunk.charCodeAt(pos) === QUOTE) {
      let escapes = false;
      let q = chunk.indexOf('"', pos + 1);
      while (q !== -1 && q + 1 < to && chunk.charCodeAt(q + 1) === QUOTE) {
        escapes = true;
        q = chunk.indexOf('"', q + 2);
      }
      if (q === -1 || q >= to) return null; // closes on a later line, or never
      const piece = chunk.slice(pos + 1, q);
      fields.push(escapes ? unescapeQuotes(piece) : piece);
      if (q + 1 === to) return fields;
      if (chunk.charCodeAt(q + 1) !== COMMA) return null; // text after the closing quote
      pos = q + 2;
      continue;
    }
    const comma = chunk.indexOf(",", pos);
    if (comma === -1 || comma >= to) {
      fields.push(chunk.slice(pos, to));
      return fields;
    }
    fields.push(chunk.slice(pos, comma));
    pos = comma + 1;
  }
}

/**
 * A quoted field's text with its "" pairs unescaped: the piece holds only ""
 * pairs, aligned from its start (the scan jumps over them two by two), so a
 * left-to-right search finds exactly those. The value is built from slices,
 * then flattened by charCodeAt (V8 replaces a rope by one flat string when it
 * is read): a field dense in escapes would otherwise keep a node per escape,
 * ~16 bytes of memory per byte (as replace(/""/g) did). split('""').join('"')
 * is as compact but twice as slow on short fields.
 */
function unescapeQuotes(piece: string): string {
  let value = "";
  let at = 0;
  for (let q = piece.indexOf('""'); q !== -1; q = piece.indexOf('""', at)) {
    value += piece.slice(at, q + 1);
    at = q + 2;
  }
  value += piece.slice(at);
  value.charCodeAt(0);
  return value;
}

export class CsvTokenizer {
  private row: string[] = [];
  /** Pieces of a field that spans chunks. */
  private pending = "";
  private inQuotes = false;
  /** Inside quotes, the previous char was a quote: either "" or the closing quote. */
  private quoteSeen = false;
  /** The previous chunk ended on CR: a leading LF in the next one belongs to it. */
  private crSeen = false;
  /** The current field started with a quote (so it is quoted, even if empty). */
  private fieldQuoted = false;
  private fieldLength = 0;
  /** Records emitted so far (1-based number of the record being read is rows + 1). */
  rows = 0;
  /** A chunk a push stopped in at maxRecords, where it stopped, and its slowUntil (see scan). */
  private rest: string | null = null;
  private restAt = 0;
  private restSlowUntil = -1;

  private loneCrTold = false;

  constructor(
    private readonly limits: TokenizerLimits = DEFAULT_LIMITS,
    private readonly onQuirk?: (quirk: CsvQuirk) => void,
  ) {}

  /**
   * Tokenizes a chunk; returns the records it completed. With `maxRecords`, it
   * stops once `out` holds that many, keeping the rest of the chunk: then
   * `suspended` is true and resume() goes on (push may not be called before).
   */
  push(chunk: string, out: string[][] = [], maxRecords = Infinity): string[][] {
    if (this.rest !== null) throw new Error("CsvTokenizer.push: the previous chunk is not finished; call resume() first");
    let i = 0;
    if (this.crSeen && chunk.length > 0) {
      this.crSeen = false;
      if (chunk.charCodeAt(0) === LF) i = 1;
      else this.loneCr(this.rows);
    }
    this.scan(chunk, i, -1, out, maxRecords);
    return out;
  }

  /** A push stopped at maxRecords with part of its chunk left (see resume). */
  get suspended(): boolean {
    return this.rest !== null;
  }

  /** Goes on with the chunk a push (or resume) stopped in, with the same contract as push. */
  resume(out: string[][] = [], maxRecords = Infinity): string[][] {
    const chunk = this.rest;
    if (chunk === null) return out;
    this.rest = null;
    this.scan(chunk, this.restAt, this.restSlowUntil, out, maxRecords);
    return out;
  }

  /**
   * The loop of push, from index `from` (where no field has started in this
   * chunk yet). Returns early, with the chunk kept in `rest`, once `out` has
   * `maxRecords` records; the check sits only where a record ends.
   */
  private scan(chunk: string, from: number, slowFrom: number, out: string[][], maxRecords: number): void {
    const n = chunk.length;
    let i = from;
    let start = i; // start of the unconsumed part of the current field in this chunk
    let slowUntil = slowFrom; // the fast path is not tried again before this index
    while (i < n) {
      // Fast path: a whole record with no quote and no lone CR is split natively,
      // which is several times faster than walking it character by character.
      // Where it does not apply, it is not retried before the next LF (so lone-CR
      // or quote-heavy text is never rescanned: no quadratic cases).
      if (i >= slowUntil && start === i && this.row.length === 0 && this.pending === "" && !this.inQuotes && !this.fieldQuoted) {
        const nl = chunk.indexOf("\n", i);
        if (nl === -1) {
          slowUntil = n;
        } else {
          let lineEnd = nl;
          if (lineEnd > i && chunk.charCodeAt(lineEnd - 1) === CR) lineEnd--;
          const line = chunk.slice(i, lineEnd);
          let fields: string[] | null = null;
          if (line.indexOf("\r") === -1) {
            // Quoted fields that close on the same line are split with indexOf too
            // (descriptions with commas are quoted in most real files); anything
            // else (a quoted newline, text after a closing quote) takes the slow path.
            fields = line.indexOf('"') === -1 ? line.split(",") : splitQuotedLine(chunk, i, lineEnd);
          }
          if (fields !== null) {
            if (fields.length > this.limits.maxColumns) {
              throw new CsvLimitError(
                `record ${this.rows + 1} has more than ${this.limits.maxColumns.toLocaleString("en-US")} columns`,
                this.rows + 1,
              );
            }
            if (line.length > this.limits.maxFieldLength) this.checkFieldLengths(fields);
            out.push(fields);
            this.rows++;
            start = i = nl + 1;
            if (out.length >= maxRecords && i < n) return this.suspend(chunk, i, slowUntil);
            continue;
          }
          slowUntil = nl + 1;
        }
      }
      if (this.inQuotes) {
        if (this.quoteSeen) {
          // The previous chunk ended on a quote: "" split across chunks, or the closing quote.
          this.quoteSeen = false;
          if (chunk.charCodeAt(i) === QUOTE) {
            this.append('"', 0, 1);
            start = ++i;
            continue;
          }
          this.inQuotes = false; // the quote closed the field; fall through to unquoted handling
          this.checkAfterQuote(chunk, i);
          continue;
        }
        // Jump from quote to quote. "" pairs stay inside the piece and are
        // unescaped once, so a field of many quotes is not built one character at a time.
        let escapes = false;
        let q = chunk.indexOf('"', i);
        while (q !== -1 && q + 1 < n && chunk.charCodeAt(q + 1) === QUOTE) {
          escapes = true;
          q = chunk.indexOf('"', q + 2);
        }
        if (q === -1) {
          this.appendUnescaped(chunk, start, n, escapes);
          start = i = n;
          break;
        }
        this.appendUnescaped(chunk, start, q, escapes);
        i = q + 1;
        start = i;
        if (i < n) {
          this.inQuotes = false; // closing quote; what follows is unquoted handling
          this.checkAfterQuote(chunk, i);
        } else {
          this.quoteSeen = true; // last char of the chunk: the next chunk decides
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === COMMA) {
        this.endField(chunk, start, i);
        start = ++i;
      } else if (c === LF || c === CR) {
        if (this.row.length === 0 && this.limits.maxColumns > 0) {
          // A one-field record (a blank line, a lone CR): an array literal has
          // exactly one slot, where one grown by push has 17 (~150 bytes).
          out.push([this.fieldValue(chunk, start, i)]);
          this.rows++;
        } else {
          this.endField(chunk, start, i);
          out.push(this.endRow());
        }
        i++;
        if (c === CR) {
          if (i < n) {
            if (chunk.charCodeAt(i) === LF) i++;
            else this.loneCr(this.rows);
          } else {
            this.crSeen = true;
          }
        }
        start = i;
        if (out.length >= maxRecords && i < n) return this.suspend(chunk, i, slowUntil);
      } else if (c === QUOTE && start === i && this.pending === "" && !this.fieldQuoted) {
        this.inQuotes = true;
        this.fieldQuoted = true;
        start = ++i;
      } else {
        i++;
      }
    }
    if (start < n) this.append(chunk, start, n);
  }

  /** After a closing quote at i - 1: only a comma or the line's end may follow. */
  private checkAfterQuote(chunk: string, i: number): void {
    const c = chunk.charCodeAt(i);
    if (c !== COMMA && c !== LF && c !== CR) this.onQuirk?.({ kind: "text_after_quote", record: this.rows + 1, field: this.row.length + 1 });
  }

  private loneCr(record: number): void {
    if (this.loneCrTold) return;
    this.loneCrTold = true;
    this.onQuirk?.({ kind: "lone_cr", record, field: 1 });
  }

  private suspend(chunk: string, at: number, slowUntil: number): void {
    this.rest = chunk;
    this.restAt = at;
    this.restSlowUntil = slowUntil;
  }

  /** Flushes the last record (a file need not end with a newline), after the rest of a suspended push. */
  end(out: string[][] = []): string[][] {
    while (this.rest !== null) this.resume(out);
    if (this.inQuotes && !this.quoteSeen) {
      throw new CsvLimitError(`a quoted field opened in record ${this.rows + 1} is never closed`, this.rows + 1);
    }
    this.inQuotes = false;
    this.quoteSeen = false;
    if (this.row.length > 0 || this.pending !== "" || this.fieldQuoted) {
      this.endField("", 0, 0);
      out.push(this.endRow());
    }
    return out;
  }

  private appendUnescaped(chunk: string, from: number, to: number, escapes: boolean) {
    if (!escapes) return this.append(chunk, from, to);
    const value = unescapeQuotes(chunk.slice(from, to));
    this.append(value, 0, value.length);
  }

  private checkFieldLengths(fields: string[]) {
    for (const f of fields) {
      if (f.length > this.limits.maxFieldLength) {
        throw new CsvLimitError(
          `record ${this.rows + 1} has a field longer than ${this.limits.maxFieldLength.toLocaleString("en-US")} characters`,
          this.rows + 1,
        );
      }
    }
  }

  private append(chunk: string, from: number, to: number) {
    if (to <= from) return;
    this.fieldLength += to - from;
    if (this.fieldLength > this.limits.maxFieldLength) {
      throw new CsvLimitError(
        `record ${this.rows + 1} has a field longer than ${this.limits.maxFieldLength.toLocaleString("en-US")} characters`,
        this.rows + 1,
      );
    }
    this.pending += chunk.slice(from, to);
  }

  private endField(chunk: string, from: number, to: number) {
    const value = this.fieldValue(chunk, from, to);
    if (this.row.length >= this.limits.maxColumns) {
      throw new CsvLimitError(
        `record ${this.rows + 1} has more than ${this.limits.maxColumns.toLocaleString("en-US")} columns`,
        this.rows + 1,
      );
    }
    this.row.push(value);
  }

  /** The current field's value, ending at `to`; resets the field state. */
  private fieldValue(chunk: string, from: number, to: number): string {
    let value: string;
    if (this.pending === "") {
      value = chunk.slice(from, to);
    } else {
      this.append(chunk, from, to);
      value = this.pending;
      this.pending = "";
    }
    this.fieldLength = 0;
    this.fieldQuoted = false;
    return value;
  }

  private endRow(): string[] {
    const row = this.row;
    this.row = [];
    this.rows++;
    return row;
  }
}
