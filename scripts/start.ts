import { existsSync } from "node:fs";
import { runNext } from "./run-next";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first.");
  process.exit(1);
}
await runNext("start");
