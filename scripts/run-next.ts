// Shared by `npm run dev` and `npm start`: database ready, demo data loaded if
// the database is empty, sign-in's local defaults (lib/setup/local-auth), then Next.js in the
// foreground on $PORT.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { ensureDemoData } from "../lib/setup/demo-data";
import { prepareDatabase } from "../lib/setup/database";
import { prepareLocalAuth } from "../lib/setup/local-auth";
import { prepareLocalBilling } from "../lib/setup/local-billing";

export async function runNext(mode: "dev" | "start"): Promise<void> {
  const port = process.env.PORT ?? "3000";
  const db = await prepareDatabase();
  await ensureDemoData(db.url);
  // Sign-in without setup: a local mail sink when SMTP_URL is unset, a generated AUTH_SECRET for `start`.
  const localAuth = await prepareLocalAuth(mode);
  // Billing without a Stripe account: a local Stripe stand-in when STRIPE_SECRET_KEY is unset.
  const localBilling = await prepareLocalBilling(port);
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, mode, "--port", port], {
    stdio: "inherit",
    // Telemetry would try to reach the internet from every developer machine.
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...localAuth.env, ...localBilling.env, DATABASE_URL: db.url, PORT: port },
  });
  console.log(`Hospital Priceline: http://localhost:${port}`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
  await localAuth.stop();
  await localBilling.stop();
  await db.stop();
  process.exit(code);
}
