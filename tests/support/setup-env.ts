// Runs in every test worker: point the app's own database code at the run's database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
