// The one way this project builds a streaming JSON parser, with the limits that
// keep hostile files cheap:
// - strings and numbers are buffered (without a buffer the library keeps one
//   string object per character: ~20 bytes of memory per byte of input);
// - nesting deeper than MAX_DEPTH is refused up front: CMS files nest about six
//   levels, and the library's cost grows with depth × nesting.
import { JSONParser, TokenType } from "@streamparser/json";

export const MAX_DEPTH = 64;

export class JsonDepthError extends Error {
  constructor(readonly offset: number) {
    super(`JSON nested deeper than ${MAX_DEPTH} levels (at byte ${offset}); CMS files nest about 6`);
    this.name = "JsonDepthError";
  }
}

export function createJsonParser(paths: string[]): JSONParser {
  const parser = new JSONParser({ paths, keepStack: false, stringBufferSize: 64 * 1024, numberBufferSize: 64 });
  const tokenizer = (parser as unknown as { tokenizer: { onToken: (t: { token: TokenType; offset: number }) => void } }).tokenizer;
  const forward = tokenizer.onToken.bind(tokenizer);
  let depth = 0;
  tokenizer.onToken = (info) => {
    if (info.token === TokenType.LEFT_BRACE || info.token === TokenType.LEFT_BRACKET) {
      if (++depth > MAX_DEPTH) throw new JsonDepthError(info.offset);
    } else if (info.token === TokenType.RIGHT_BRACE || info.token === TokenType.RIGHT_BRACKET) {
      depth--;
    }
    forward(info);
  };
  return parser;
}
