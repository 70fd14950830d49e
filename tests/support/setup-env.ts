// Runs in every test worker: point the app's own database code at the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// CMS's validator, which the conformance tests run beside ours, checks M/D/YYYY dates with
// local-time Date parsing and UTC getters: east of UTC it refuses every such date, CMS's own
// examples' included. Our validator does not depend on the time zone; the comparison runs in UTC.
process.env.TZ = "UTC";
