// The magic-link flow through Auth.js's real route handlers (app/api/auth/[...nextauth]) on the
// real database, with a real SMTP sink: the link requested (email sent, in the request's
// language, audited), the link followed (user and session created, sign-in audited), a used or
// expired link refused, and a return address on another site ignored.
import { createHash, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlers } from "@/lib/auth/auth";
import { authRoute } from "@/lib/auth/route";
import { authSecret } from "@/lib/auth/config";
import { disconnectPrisma } from "@/lib/db/client";
import { firstLink, startMailSink, type MailSink } from "@/lib/mail/sink";
import { withClient } from "../../support/db";

const BASE = "http://localhost:3999";
let sink: MailSink;

beforeAll(async () => {
  sink = await startMailSink({ port: 0 });
  process.env.SMTP_URL = sink.url;
  process.env.AUTH_URL = BASE;
});

afterAll(async () => {
  await sink.close();
  delete process.env.SMTP_URL;
  delete process.env.AUTH_URL;
  await disconnectPrisma();
});

const cookieHeader = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

async function requestLink(email: string, headers: Record<string, string> = {}, callbackUrl = "/app"): Promise<Response> {
  const csrf = await handlers.GET(new NextRequest(`${BASE}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return handlers.POST(
    new NextRequest(`${BASE}/api/auth/signin/nodemailer`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf), ...headers },
      body: new URLSearchParams({ email, csrfToken, callbackUrl }),
    }),
  );
}

async function auditRows(where: string, params: unknown[]) {
  return withClient(async (c) => (await c.query(`SELECT action, actor_user_id, target, host(ip) AS ip, user_agent, metadata FROM audit_log WHERE ${where} ORDER BY id`, params)).rows);
}

describe("requesting a magic link", () => {
  it("emails a link, in the request's language, and audits the request", async () => {
    const email = `link-${randomUUID().slice(0, 8)}@example.org`;
    const response = await requestLink(email, { "x-locale": "es", "x-forwarded-for": "192.0.2.44", "user-agent": "Browser/2" });
    expect(response.status).toBe(302);
    // Auth.js's own verify-request step, which sends the browser on to the "check your email" page.
    expect(response.headers.get("location")).toBe(`${BASE}/api/auth/verify-request?provider=nodemailer&type=email`);
    const next = await handlers.GET(new NextRequest(response.headers.get("location")!));
    expect(next.headers.get("location")).toBe("/sign-in/check-email?provider=nodemailer&type=email");
    const message = sink.messages.find((m) => m.to.includes(email));
    expect(message?.subject).toBe("Su enlace para iniciar sesión en Hospital Priceline");
    expect(firstLink(message!)).toMatch(new RegExp(`^${BASE}/api/auth/callback/nodemailer\\?`));
    expect(await auditRows("target = $1", [email])).toEqual([
      { action: "auth.sign_in_link_requested", actor_user_id: null, target: email, ip: "192.0.2.44", user_agent: "Browser/2", metadata: null },
    ]);
  });
});

describe("the sign-in endpoint's rate limit", () => {
  it("sends people back to sign-in once an address has asked too often", async () => {
    const email = `often-${randomUUID().slice(0, 8)}@example.org`;
    const post = async () => {
      const csrf = await handlers.GET(new NextRequest(`${BASE}/api/auth/csrf`));
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      return authRoute.POST(
        new NextRequest(`${BASE}/api/auth/signin/nodemailer`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf), "x-forwarded-for": "192.0.2.200" },
          body: new URLSearchParams({ email, csrfToken, callbackUrl: "/app" }),
        }),
      );
    };
    for (let i = 0; i < 5; i++) expect((await post()).headers.get("location"), `request ${i + 1}`).toContain("/api/auth/verify-request");
    const refused = await post();
    expect(refused.status).toBe(303);
    expect(refused.headers.get("location")).toBe(`${BASE}/sign-in?error=rateLimited`);
    expect(sink.messages.filter((m) => m.to.includes(email))).toHaveLength(5);
  });
});

describe("following a magic link", () => {
  const secret = authSecret();
  const hash = (token: string) => createHash("sha256").update(`${token}${secret}`).digest("hex");

  async function issue(email: string, expires: string): Promise<string> {
    const token = randomUUID().replace(/-/g, "");
    await withClient((c) => c.query(`INSERT INTO verification_tokens (identifier, token, expires) VALUES ($1, $2, ${expires})`, [email, hash(token)]));
    return token;
  }

  const follow = (token: string, email: string, callbackUrl: string) =>
    handlers.GET(
      new NextRequest(
        `${BASE}/api/auth/callback/nodemailer?${new URLSearchParams({ token, email, callbackUrl })}`,
        { headers: { "user-agent": "Browser/3" } },
      ),
    );

  it("signs a new user in: user, session, cookie, audit; and works only once", async () => {
    const email = `new-${randomUUID().slice(0, 8)}@example.org`;
    const token = await issue(email, "now() + interval '10 minutes'");
    const response = await follow(token, email, "/app?x=1");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${BASE}/app?x=1`);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // http here; https deployments get __Secure- cookies
    const user = await withClient(async (c) => (await c.query(`SELECT id, email_verified FROM users WHERE email = $1`, [email])).rows[0]);
    expect(user.email_verified).toBeInstanceOf(Date);
    const sessions = await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [user.id])).rows[0].n);
    expect(sessions).toBe(1);
    expect(await auditRows("actor_user_id = $1", [user.id])).toEqual([
      { action: "auth.sign_in", actor_user_id: user.id, target: `user:${user.id}`, ip: null, user_agent: null, metadata: { provider: "nodemailer", newUser: true } },
    ]);

    const again = await follow(token, email, "/app");
    expect(again.headers.get("location")).toBe(`${BASE}/sign-in/error?error=Verification`);

    // Signing out deletes the session row and is audited.
    const session = cookie!.split(";")[0]!;
    const csrf = await handlers.GET(new NextRequest(`${BASE}/api/auth/csrf`, { headers: { cookie: session } }));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const out = await handlers.POST(
      new NextRequest(`${BASE}/api/auth/signout`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${session}; ${cookieHeader(csrf)}` },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in" }),
      }),
    );
    expect(out.status).toBe(302);
    const left = await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [user.id])).rows[0].n);
    expect(left).toBe(0);
    expect((await auditRows("actor_user_id = $1", [user.id])).map((r) => r.action)).toEqual(["auth.sign_in", "auth.sign_out"]);
  });

  it("refuses an expired link", async () => {
    const email = `late-${randomUUID().slice(0, 8)}@example.org`;
    const token = await issue(email, "now() - interval '1 second'");
    const response = await follow(token, email, "/app");
    expect(response.headers.get("location")).toBe(`${BASE}/sign-in/error?error=Verification`);
    const users = await withClient(async (c) => (await c.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email])).rows[0].n);
    expect(users).toBe(0);
  });

  it("refuses a forged token, and the app's route audits the failure", async () => {
    const email = `forged-${randomUUID().slice(0, 8)}@example.org`;
    await issue(email, "now() + interval '10 minutes'");
    const response = await authRoute.GET(
      new NextRequest(`${BASE}/api/auth/callback/nodemailer?${new URLSearchParams({ token: "f".repeat(32), email, callbackUrl: "/app" })}`, {
        headers: { "x-forwarded-for": "203.0.113.50", "user-agent": "Attacker/1" },
      }),
    );
    expect(response.headers.get("location")).toBe(`${BASE}/sign-in/error?error=Verification`);
    expect(await auditRows("target = $1", [email])).toEqual([
      { action: "auth.sign_in_failed", actor_user_id: null, target: email, ip: "203.0.113.50", user_agent: "Attacker/1", metadata: { provider: "nodemailer", reason: "Verification" } },
    ]);
  });

  it.each(["https://evil.example/steal", "//evil.example", "/\\evil.example"])("ignores the return address %s and goes to the app", async (callbackUrl) => {
    const email = `redirect-${randomUUID().slice(0, 8)}@example.org`;
    const token = await issue(email, "now() + interval '10 minutes'");
    const response = await follow(token, email, callbackUrl);
    expect(response.headers.get("location")).toBe(`${BASE}/app`);
  });
});
