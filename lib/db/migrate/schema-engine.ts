// Loads Prisma's schema engine compiled to WebAssembly. The package is written for
// bundlers (it `import`s the .wasm file), so Node needs it instantiated by hand.
// We use it only to turn a Prisma schema into SQL (`diff`), which needs no
// native engine download — see docs/adr/0002-migrations-without-native-engine.md.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

type DiffTarget =
  | { tag: "empty" }
  | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

interface WasmSchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
}

const require = createRequire(import.meta.url);

async function loadEngine(datamodel: string, connectionString: string): Promise<WasmSchemaEngine> {
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Record<string, unknown> & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
    SchemaEngine: {
      new: (opts: unknown, log: (msg: string) => void, adapter: unknown) => Promise<WasmSchemaEngine>;
    };
  };
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bg as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  // The engine opens a connection when it starts; `diff` between two datamodels
  // only reads the server version from it and changes nothing.
  return bg.SchemaEngine.new(
    { datamodels: [["schema.prisma", datamodel]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString })),
  );
}

/** SQL that takes a database from `fromSchema` (or empty) to `toSchema`. */
export async function diffSchemasToSql(
  connectionString: string,
  toSchema: string,
  fromSchema?: string,
): Promise<string> {
  const engine = await loadEngine(toSchema, connectionString);
  const target = (content: string): DiffTarget => ({
    tag: "schemaDatamodel",
    files: [{ path: "schema.prisma", content }],
  });
  const result = await engine.diff({
    from: fromSchema === undefined ? { tag: "empty" } : target(fromSchema),
    to: target(toSchema),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
}
