// `npm run db:migrate`: applies prisma/migrations to the configured database
// (DATABASE_URL / POSTGRES_URL_NON_POOLING), or to the embedded one when none is set.
import { prepareDatabase } from "../lib/setup/database";

const db = await prepareDatabase();
await db.stop();
