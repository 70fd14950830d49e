// Flags of the repo's scripts (benches, the fuzz run): a mistyped or unknown flag
// ends the script with what was wrong and its usage (exit 2), not a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseScriptArgs<O extends Options>(options: O, usage: string): ReturnType<typeof parseArgs<{ options: O }>>["values"] {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\nusage: ${usage}\n`);
    process.exit(2);
  }
}
