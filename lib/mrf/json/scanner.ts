// A streaming reader for the one JSON shape CMS files have: a root object whose
// "standard_charge_information" array holds the items. It finds where each
// top-level value and each item begins and ends, and hands that text to the
// engine's native JSON.parse.
//
// Written by hand because the streaming tokenizers on npm (@streamparser/json,
// which CMS's validator uses, and this project used first) build every value a
// token at a time in JavaScript: on a 100 MiB file that was about 2 s of a
// 4.4 s ingestion. Here string contents are skipped with Buffer.indexOf (a
// native memchr) and values are built natively, several times faster. The
// limits that keep hostile files cheap are enforced while scanning: nesting
// depth (MAX_DEPTH) and the size of any one value (MAX_ITEM_BYTES), so memory
// is bounded by one item whatever the file holds.
export const MAX_DEPTH = 64;
/** A single top-level value or item is held whole before it is parsed; cap it. */
export const MAX_ITEM_BYTES = 32 * 1024 * 1024;

export class JsonDepthError extends SyntaxError {
  constructor(readonly offset: number) {
    super(`JSON nested deeper than ${MAX_DEPTH} levels (at byte ${offset}); CMS files nest about 6`);
    this.name = "JsonDepthError";
  }
}

export class JsonItemSizeError extends SyntaxError {
  constructor(readonly offset: number) {
    super(`a single item is larger than ${MAX_ITEM_BYTES / 1024 / 1024} MiB (ending past byte ${offset}); split it into several items`);
    this.name = "JsonItemSizeError";
  }
}

/** Malformed JSON, located by byte offset in the file. */
export class JsonSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = "JsonSyntaxError";
  }
}

export interface JsonScanHandlers {
  /** A top-level attribute other than the item array (or the item array, when it is not an array). */
  onField?: (key: string, value: unknown) => void;
  /** One element of the item array, in order. */
  onItem?: (value: unknown, index: number) => void;
}

export interface JsonScanOptions {
  /** The top-level key whose array elements are items. */
  itemsKey: string;
  /** False to skip items without parsing them (they are still scanned for structure). */
  parseItems?: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Bytes that may continue a number, true, false or null. */
function isScalarByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x2b || b === 0x2d || b === 0x2e;
}

function describeByte(b: number): string {
  return b >= 0x21 && b <= 0x7e ? `"${String.fromCharCode(b)}"` : `byte 0x${b.toString(16).padStart(2, "0")}`;
}

/** Where the scanner is between values. */
type Phase =
  | "root" // before the root value
  | "key" // in the root object: a key, or "}" (or "," already consumed)
  | "firstKey" // just after "{": a key or "}"
  | "colon"
  | "value" // a top-level attribute's value
  | "afterValue" // "," or "}"
  | "items" // just after the item array's "[": an item or "]"
  | "item" // after ",": an item
  | "afterItem" // "," or "]"
  | "done";

/** The text of one value being collected, possibly across chunks. */
class Capture {
  pieces: Buffer[] = [];
  size = 0;
  depth = 0;
  inString = false;
  /** The previous chunk ended right after a backslash inside a string. */
  escaped = false;
  /** A number, true, false or null (ends at the first byte that cannot continue it). */
  scalar = false;
  started = false;

  constructor(
    readonly start: number,
    /** Nesting depth of the value's container, counted from the root. */
    readonly baseDepth: number,
    readonly keep: boolean,
  ) {}

  text(): string {
    const bytes = this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces, this.size);
    return bytes.toString("utf8");
  }
}

export class JsonScanner {
  private phase: Phase = "root";
  private offset = 0; // file offset of the current chunk's first byte
  private capture: Capture | null = null;
  private key = "";
  private keyCapture: Capture | null = null;
  private itemIndex = 0;
  private sawBom = false;
  private sawAny = false;
  /** Text other than whitespace followed the root value. */
  trailing = false;

  constructor(
    private readonly handlers: JsonScanHandlers,
    private readonly options: JsonScanOptions,
  ) {}

  get isEnded(): boolean {
    return this.phase === "done";
  }

  write(chunk: Buffer): void {
    let i = 0;
    if (!this.sawBom) {
      this.sawBom = true;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    const n = chunk.length;
    while (i < n) {
      if (this.keyCapture) {
        i = this.continueString(this.keyCapture, chunk, i);
        if (this.keyCapture.started) break; // the key goes on in the next chunk
        this.key = JSON.parse(this.keyCapture.text()) as string;
        this.keyCapture = null;
        this.phase = "colon";
        continue;
      }
      if (this.capture) {
        i = this.continueValue(this.capture, chunk, i);
        if (this.capture.started) break;
        this.finishValue(this.capture);
        this.capture = null;
        continue;
      }
      const b = chunk[i]!;
      if (isSpace(b)) {
        i++;
        continue;
      }
      const at = this.offset + i;
      this.sawAny = true;
      switch (this.phase) {
        case "done":
          this.trailing = true;
          this.offset += n;
          return;
        case "root":
          if (b === 0x7b) {
            this.phase = "firstKey";
            i++;
          } else {
            // Not an object: read it whole (bounded) so that syntax is still checked.
            this.capture = new Capture(at, 0, true);
            this.phase = "value";
            this.key = "";
          }
          continue;
        case "firstKey":
        case "key":
          if (b === 0x7d && this.phase === "firstKey") {
            this.phase = "done";
            i++;
            continue;
          }
          if (b !== QUOTE) throw new JsonSyntaxError(`expected a quoted attribute name at byte ${at}, found ${describeByte(b)}`, at);
          this.keyCapture = new Capture(at, 1, true);
          continue;
        case "colon":
          if (b !== 0x3a) throw new JsonSyntaxError(`expected ":" after "${this.key.slice(0, 40)}" at byte ${at}, found ${describeByte(b)}`, at);
          this.phase = "value";
          i++;
          continue;
        case "value":
          if (this.key === this.options.itemsKey && b === 0x5b) {
            this.phase = "items";
            i++;
            continue;
          }
          this.capture = new Capture(at, 1, true);
          continue;
        case "afterValue":
          if (b === 0x2c) this.phase = "key";
          else if (b === 0x7d) this.phase = "done";
          else throw new JsonSyntaxError(`expected "," or "}" at byte ${at}, found ${describeByte(b)}`, at);
          i++;
          continue;
        case "items":
          if (b === 0x5d) {
            this.phase = "afterValue";
            i++;
            continue;
          }
          this.capture = new Capture(at, 2, this.options.parseItems !== false);
          continue;
        case "item":
          this.capture = new Capture(at, 2, this.options.parseItems !== false);
          continue;
        case "afterItem":
          if (b === 0x2c) this.phase = "item";
          else if (b === 0x5d) this.phase = "afterValue";
          else throw new JsonSyntaxError(`expected "," or "]" between items at byte ${at}, found ${describeByte(b)}`, at);
          i++;
          continue;
      }
    }
    this.offset += n;
  }

  /** Call after the last chunk: a document that is not finished is an error. */
  end(): void {
    if (this.capture?.scalar && this.capture.started && this.phase === "value" && this.key === "") {
      // A root scalar ends with the file.
      this.capture.started = false;
      this.finishValue(this.capture);
      this.capture = null;
    }
    if (this.phase !== "done") {
      const what = this.sawAny ? "the file ends in the middle of the JSON document" : "the file holds no JSON value";
      throw new JsonSyntaxError(`${what} (at byte ${this.offset})`, this.offset);
    }
  }

  private finishValue(capture: Capture): void {
    const text = capture.keep ? capture.text() : "";
    let value: unknown;
    if (capture.keep) {
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new JsonSyntaxError(`${(error as Error).message.slice(0, 200)} (in the value starting at byte ${capture.start})`, capture.start);
      }
    }
    if (this.phase === "value") {
      if (this.key === "" && capture.baseDepth === 0) {
        this.phase = "done"; // a root that is not an object: nothing to hand over
        return;
      }
      this.handlers.onField?.(this.key, value);
      this.phase = "afterValue";
    } else {
      if (capture.keep) this.handlers.onItem?.(value, this.itemIndex);
      this.itemIndex++;
      this.phase = "afterItem";
    }
  }

  private grow(capture: Capture, chunk: Buffer, from: number, to: number): void {
    capture.size += to - from;
    if (capture.size > MAX_ITEM_BYTES) throw new JsonItemSizeError(this.offset + to);
    if (to > from) capture.pieces.push(chunk.subarray(from, to));
  }

  /** Continues a string (a key); returns where scanning stopped. `started` stays true while unfinished. */
  private continueString(capture: Capture, chunk: Buffer, from: number): number {
    let i = from;
    if (!capture.started) {
      capture.started = true;
      capture.inString = true;
      i++; // the opening quote
    }
    const end = this.stringEnd(capture, chunk, i);
    if (end < 0) {
      this.grow(capture, chunk, from, chunk.length);
      return chunk.length;
    }
    this.grow(capture, chunk, from, end + 1);
    capture.inString = false;
    capture.started = false;
    return end + 1;
  }

  /** Index of the closing quote at or after `i`, or -1 when the string goes on past this chunk. */
  private stringEnd(capture: Capture, chunk: Buffer, i: number): number {
    if (capture.escaped) {
      capture.escaped = false;
      i++;
    }
    for (;;) {
      const q = chunk.indexOf(QUOTE, i);
      const b = chunk.indexOf(BACKSLASH, i);
      if (b >= 0 && (q < 0 || b < q)) {
        if (b + 1 >= chunk.length) {
          capture.escaped = true;
          return -1;
        }
        i = b + 2;
        continue;
      }
      return q;
    }
  }

  /** Continues a value; returns where scanning stopped. `started` stays true while unfinished. */
  private continueValue(capture: Capture, chunk: Buffer, from: number): number {
    const n = chunk.length;
    let i = from;
    if (!capture.started) {
      capture.started = true;
      const b = chunk[i]!;
      if (b === QUOTE) {
        capture.inString = true;
        i++;
      } else if (b === 0x7b || b === 0x5b) {
        capture.depth = 1;
        if (capture.baseDepth + 1 > MAX_DEPTH) throw new JsonDepthError(this.offset + i);
        i++;
      } else if (isScalarByte(b)) {
        capture.scalar = true;
      } else {
        throw new JsonSyntaxError(`unexpected ${describeByte(b)} at byte ${this.offset + i}`, this.offset + i);
      }
    }
    // Backslash positions are looked up once per stretch, not once per string.
    let nextBackslash = -2;
    while (i < n) {
      if (capture.inString) {
        if (capture.escaped) {
          capture.escaped = false;
          i++;
          continue;
        }
        const q = chunk.indexOf(QUOTE, i);
        if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = chunk.indexOf(BACKSLASH, i);
        if (nextBackslash >= 0 && (q < 0 || nextBackslash < q)) {
          if (nextBackslash + 1 >= n) {
            capture.escaped = true;
            i = n;
            break;
          }
          i = nextBackslash + 2;
          continue;
        }
        if (q < 0) {
          i = n;
          break;
        }
        i = q + 1;
        capture.inString = false;
        if (capture.depth === 0) return this.done(capture, chunk, from, i);
        continue;
      }
      const b = chunk[i]!;
      if (capture.scalar) {
        if (isScalarByte(b)) {
          i++;
          continue;
        }
        return this.done(capture, chunk, from, i);
      }
      if (b === QUOTE) {
        capture.inString = true;
      } else if (b === 0x7b || b === 0x5b) {
        if (++capture.depth + capture.baseDepth > MAX_DEPTH) throw new JsonDepthError(this.offset + i);
      } else if (b === 0x7d || b === 0x5d) {
        if (--capture.depth === 0) return this.done(capture, chunk, from, i + 1);
      }
      i++;
    }
    this.grow(capture, chunk, from, n);
    return n;
  }

  private done(capture: Capture, chunk: Buffer, from: number, end: number): number {
    this.grow(capture, chunk, from, end);
    capture.started = false;
    return end;
  }
}
