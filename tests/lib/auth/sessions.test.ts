// Database sessions as the proxy and "sign out everywhere" see them, and the audit rows of the
// events outside any organization.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordPlatformAudit, requestOrigin } from "@/lib/audit";
import { endOtherSessions, isPlatformOperator, userOfSession } from "@/lib/auth/sessions";
import { disconnectPrisma } from "@/lib/db/client";
import { withClient } from "../../support/db";

const user = randomUUID();
const operator = randomUUID();
const run = user.slice(0, 8);
const token = (name: string) => `${name}-${run}-0123456789abcdef`;

beforeAll(async () => {
  await withClient(async (c) => {
    await c.query(`INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())`, [user, `s-${run}@example.org`]);
    await c.query(`INSERT INTO users (id, email, is_platform_operator, updated_at) VALUES ($1, $2, true, now())`, [operator, `op-${run}@example.org`]);
    for (const [name, expires] of [["live", "now() + interval '1 day'"], ["other", "now() + interval '1 day'"], ["expired", "now() - interval '1 second'"]]) {
      await c.query(`INSERT INTO sessions (session_token, user_id, expires, updated_at) VALUES ($1, $2, ${expires}, now())`, [token(name!), user]);
    }
  });
});

afterAll(disconnectPrisma);

describe("userOfSession", () => {
  it("finds the user of a live session", async () => {
    expect(await userOfSession(token("live"))).toEqual({ userId: user, isPlatformOperator: false });
  });

  it("refuses expired, forged, malformed and missing tokens", async () => {
    expect(await userOfSession(token("expired"))).toBeNull();
    expect(await userOfSession(`forged-${randomUUID()}`)).toBeNull();
    expect(await userOfSession("' OR 1=1 --")).toBeNull();
    expect(await userOfSession("")).toBeNull();
    expect(await userOfSession(undefined)).toBeNull();
  });

  it("knows platform operators", async () => {
    expect(await isPlatformOperator(operator)).toBe(true);
    expect(await isPlatformOperator(user)).toBe(false);
    expect(await isPlatformOperator(randomUUID())).toBe(false);
  });
});

describe("endOtherSessions", () => {
  it("ends every session of the user but the current one", async () => {
    expect(await endOtherSessions(user, token("live"))).toBe(2);
    expect(await userOfSession(token("live"))).not.toBeNull();
    expect(await userOfSession(token("other"))).toBeNull();
  });
});

describe("audit outside an organization", () => {
  it("appends who, what, when and from where", async () => {
    const origin = requestOrigin(new Headers({ "x-forwarded-for": "198.51.100.7, 10.0.0.1", "user-agent": "Agent/1.0" }));
    expect(origin).toEqual({ ip: "198.51.100.7", userAgent: "Agent/1.0" });
    const before = new Date(Date.now() - 1000);
    await recordPlatformAudit({ action: "auth.sign_out_everywhere", actorUserId: user, target: `user:${user}`, metadata: { otherSessionsEnded: 2 }, ...origin });
    const rows = await withClient(
      async (c) =>
        (await c.query(`SELECT action, organization_id, host(ip) AS ip, user_agent, metadata, created_at FROM audit_log WHERE actor_user_id = $1`, [user])).rows,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "auth.sign_out_everywhere", organization_id: null, ip: "198.51.100.7", user_agent: "Agent/1.0", metadata: { otherSessionsEnded: 2 } });
    expect(rows[0].created_at.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });

  it("keeps no address it cannot read", () => {
    expect(requestOrigin(new Headers({ "x-forwarded-for": "not an ip" }))).toEqual({ ip: null, userAgent: null });
    expect(requestOrigin(null)).toEqual({ ip: null, userAgent: null });
  });
});
