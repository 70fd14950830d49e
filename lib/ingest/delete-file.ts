// Deletes one file version and everything loaded from it. The bulk tables have
// no foreign keys (docs/adr/0005), so this is the one place that knows them all.
import pg from "pg";

export interface DeletedFile {
  mrfFileId: number;
  items: number;
  charges: number;
}

/** Deletes file `mrfFileId` with its items, charges, plans, quarantined rows and changes, in one transaction. */
export async function deleteMrfFile(databaseUrl: string, mrfFileId: number): Promise<DeletedFile | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const file = await client.query<{ hospital_id: number }>(`SELECT hospital_id FROM mrf_files WHERE id = $1 FOR UPDATE`, [mrfFileId]);
    const hospitalId = file.rows[0]?.hospital_id;
    if (hospitalId === undefined) {
      await client.query("ROLLBACK");
      return null;
    }
    const params = [hospitalId, mrfFileId];
    // Charges are found through their items (index on items.mrf_file_id, then the primary key).
    const charges = await client.query(
      `DELETE FROM standard_charges s USING items i
        WHERE i.hospital_id = $1 AND i.mrf_file_id = $2 AND s.hospital_id = i.hospital_id AND s.item_id = i.id`,
      params,
    );
    const items = await client.query(`DELETE FROM items WHERE hospital_id = $1 AND mrf_file_id = $2`, params);
    await client.query(`DELETE FROM quarantined_rows WHERE hospital_id = $1 AND mrf_file_id = $2`, params);
    await client.query(`DELETE FROM charge_changes WHERE hospital_id = $1 AND mrf_file_id = $2`, params);
    // payer_plans go with the file (foreign key, on delete cascade).
    await client.query(`DELETE FROM mrf_files WHERE id = $1`, [mrfFileId]);
    await client.query("COMMIT");
    return { mrfFileId, items: items.rowCount ?? 0, charges: charges.rowCount ?? 0 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
