// The one way this project builds a streaming JSON parser, with the limits that
// keep hostile files cheap:
// - strings and numbers are buffered (without a buffer the library keeps one
//   string object per character: ~20 bytes of memory per byte of input);
// - nesting deeper than MAX_DEPTH is refused up front: CMS files nest about six
//   levels, and the library's cost grows with depth × nesting.
import { JSONParser, TokenType } from "@streamparser/json";

export const MAX_DEPTH = 64;
/** A single value two levels down (one standard_charge_information item) is held whole; cap it. */
export const MAX_ITEM_BYTES = 32 * 1024 * 1024;

export class JsonDepthError extends Error {
  constructor(readonly offset: number) {
    super(`JSON nested deeper than ${MAX_DEPTH} levels (at byte ${offset}); CMS files nest about 6`);
    this.name = "JsonDepthError";
  }
}

export class JsonItemSizeError extends Error {
  constructor(readonly offset: number) {
    super(`a single item is larger than ${MAX_ITEM_BYTES / 1024 / 1024} MiB (ending past byte ${offset}); split it into several items`);
    this.name = "JsonItemSizeError";
  }
}

/**
 * A JSONParser that also refuses a single token (a string, a number) growing
 * past MAX_ITEM_BYTES: the library accumulates it whole before emitting it.
 */
class BoundedJsonParser extends JSONParser {
  lastTokenOffset = 0;
  private written = 0;

  override write(input: Iterable<number> | string): void {
    super.write(input);
    this.written += typeof input === "string" ? Buffer.byteLength(input) : (input as Uint8Array).length;
    if (this.written - this.lastTokenOffset > MAX_ITEM_BYTES) throw new JsonItemSizeError(this.written);
  }
}

export function createJsonParser(paths: string[]): JSONParser {
  const parser = new BoundedJsonParser({ paths, keepStack: false, stringBufferSize: 64 * 1024, numberBufferSize: 64 });
  const tokenizer = (parser as unknown as { tokenizer: { onToken: (t: { token: TokenType; offset: number }) => void } }).tokenizer;
  const forward = tokenizer.onToken.bind(tokenizer);
  let depth = 0;
  let itemStart = -1;
  tokenizer.onToken = (info) => {
    parser.lastTokenOffset = info.offset;
    if (info.token === TokenType.LEFT_BRACE || info.token === TokenType.LEFT_BRACKET) {
      if (++depth > MAX_DEPTH) throw new JsonDepthError(info.offset);
      if (depth === 3) itemStart = info.offset;
    } else if (info.token === TokenType.RIGHT_BRACE || info.token === TokenType.RIGHT_BRACKET) {
      depth--;
    }
    if (depth >= 3 && info.offset - itemStart > MAX_ITEM_BYTES) throw new JsonItemSizeError(info.offset);
    forward(info);
  };
  return parser;
}
