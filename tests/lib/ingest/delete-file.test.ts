import { beforeEach, describe, expect, it } from "vitest";
import { deleteMrfFile, ingestFile } from "../../../lib/ingest";
import { ITEM_CODES, resetDatabase, testDatabaseUrl, withClient } from "../../support/db";
import { tallCsv, writeFixture } from "../../support/mrf-fixtures";

const ingest = (file: string) => ingestFile(file, { databaseUrl: testDatabaseUrl() });

/** Rows per file id in every table that holds a file's data. */
async function rowsByFile() {
  return withClient(async (c) => {
    const { rows } = await c.query(`
      SELECT f.id AS file,
        (SELECT count(*)::int FROM items i WHERE i.mrf_file_id = f.id) AS items,
        (SELECT count(*)::int FROM (${ITEM_CODES}) ic JOIN items i ON i.hospital_id = ic.hospital_id AND i.id = ic.item_id WHERE i.mrf_file_id = f.id) AS codes,
        (SELECT count(*)::int FROM standard_charges s WHERE s.mrf_file_id = f.id) AS charges,
        (SELECT count(*)::int FROM payer_plans p WHERE p.mrf_file_id = f.id) AS plans
      FROM mrf_files f ORDER BY f.id`);
    return rows;
  });
}

beforeEach(resetDatabase);

describe("deleteMrfFile", () => {
  it("removes one version with everything loaded from it and leaves the other versions whole", async () => {
    const v1 = await ingest(writeFixture("v1.csv", tallCsv({ lastUpdatedOn: "2026-08-01" })));
    const v2 = await ingest(writeFixture("v2.csv", tallCsv({ lastUpdatedOn: "2026-09-01", mriCash: "940" })));
    const before = await rowsByFile();
    expect(before).toHaveLength(2);
    expect(before[1]).toMatchObject({ file: v2.mrfFileId, items: 3 });

    const deleted = await deleteMrfFile(testDatabaseUrl(), v1.mrfFileId!);
    expect(deleted).toMatchObject({ mrfFileId: v1.mrfFileId, items: 3 });
    expect(deleted!.charges).toBeGreaterThan(0);
    expect(await rowsByFile()).toEqual([before[1]]);
    const orphans = await withClient((c) =>
      c.query(`SELECT count(*)::int AS charges FROM standard_charges s
                WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.hospital_id = s.hospital_id AND i.id = s.item_id)`),
    );
    expect(orphans.rows[0]).toEqual({ charges: 0 });
  });

  it("answers null for a file that does not exist", async () => {
    expect(await deleteMrfFile(testDatabaseUrl(), 987654)).toBeNull();
  });
});
