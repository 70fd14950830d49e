import { describe, expect, it } from "vitest";
import { GET as health } from "../../../app/api/health/route";
import { GET as ready } from "../../../app/api/ready/route";

describe("health and readiness", () => {
  it("health answers while the process is up", async () => {
    const res = health();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  it("ready reports the database reachable and every migration applied", async () => {
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, database: "ok", pendingMigrations: [] });
  });
});
