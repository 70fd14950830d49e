// `priceline ingest` records every attempt as an ingestion run, including
// inputs that never became a file to load (a failed download).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runIngestCommand } from "../../../lib/ingest/command";
import { resetDatabase, withClient } from "../../support/db";
import { tallCsv } from "../../support/mrf-fixtures";
import { send, startServer, type TestServer } from "./sources/helpers";

describe("priceline ingest", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ "/good.csv": send(tallCsv()) });
  });
  afterAll(() => server.close());

  it("stores a failed download as a failed run, next to the files that loaded, and exits 1", async () => {
    await resetDatabase();
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await runIngestCommand([server.url("/missing.csv"), server.url("/good.csv")])).toBe(1);
    } finally {
      vi.restoreAllMocks();
    }
    const runs = await withClient(async (c) =>
      (await c.query(`SELECT source, file_name, status, message, rows_loaded FROM ingestion_runs ORDER BY id`)).rows,
    );
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({ source: server.url("/missing.csv"), file_name: "missing.csv", status: "failed", rows_loaded: 0 });
    expect(runs[0].message).toMatch(/404/);
    expect(runs[1]).toMatchObject({ source: server.url("/good.csv"), status: "succeeded" });
  });
});
