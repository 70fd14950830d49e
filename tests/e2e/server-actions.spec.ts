// Server actions called directly (issue 5, point 3): the action ids of the members page's forms,
// taken from the owner's page, posted by hand the way a browser without JavaScript posts them —
// without a session (to the page, and to a public page where the proxy does not look), and with
// a viewer's session. Nothing changes: the actions check the session and the role themselves.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { serverQuery, useServerDatabase } from "./support/database";
import { e2eAuthUrl } from "./support/mail";
import { mailCountTo } from "./support/mailbox";
import { signInByEmail } from "./support/sign-in";

test.use({ baseURL: process.env.E2E_BASE_URL ?? e2eAuthUrl() });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.beforeAll(async () => {
  await useServerDatabase();
});



/** The hidden fields of the form that holds `button` (its `$ACTION_ID_…` among them). */
async function formFields(page: Page, button: string): Promise<Record<string, string>> {
  return page.getByRole("button", { name: button }).first().evaluate((el) => {
    const form = (el as HTMLButtonElement).form!;
    const fields: Record<string, string> = {};
    for (const input of Array.from(form.querySelectorAll("input[type=hidden]")) as HTMLInputElement[]) fields[input.name] = input.value;
    return fields;
  });
}

const post = (request: APIRequestContext, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  request.post(path, { multipart: fields, maxRedirects: 0, headers: { Origin: e2eAuthUrl(), ...headers } });

test("members actions called directly: refused without a session and for a viewer", async ({ browser }) => {
  // The owner and their organization, with a viewer.
  const owner = await (await browser.newContext()).newPage();
  const ownerEmail = `owner-${unique()}@example.org`;
  await signInByEmail(owner, ownerEmail, { open: true });
  await owner.getByLabel("Organization name").fill(`Actions Org ${unique()}`);
  await owner.getByLabel("Short name").fill(`act-${unique()}`);
  await owner.getByRole("button", { name: "Create organization" }).click();
  await owner.getByRole("link", { name: "Members and invitations" }).click();

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  const viewerEmail = `viewer-${unique()}@example.org`;
  await signInByEmail(viewer, viewerEmail, { open: true });
  const [{ org, viewer_id }] = (await serverQuery<{ org: string; viewer_id: string }>(
    "SELECT m.organization_id AS org, v.id AS viewer_id FROM memberships m JOIN users o ON o.id = m.user_id, users v WHERE o.email = $1 AND v.email = $2",
    [ownerEmail, viewerEmail],
  )) as [{ org: string; viewer_id: string }];
  await serverQuery("INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'viewer')", [org, viewer_id]);
  await owner.reload();

  const invite = await formFields(owner, "Send invitation");
  const actionField = Object.keys(invite).find((name) => name.startsWith("$ACTION_ID_"));
  expect(actionField, JSON.stringify(invite)).toBeTruthy();
  expect(invite.organization).toBe(org);
  const target = `target-${unique()}@example.org`;
  const forged = { ...invite, email: target, role: "admin" };
  const invitations = async () => (await serverQuery("SELECT 1 FROM invitations WHERE email = $1", [target])).length;

  // No session, at the page: the proxy sends it to sign-in.
  const anonymous = (await browser.newContext()).request;
  const atPage = await post(anonymous, "/app/members", forged);
  expect(atPage.status()).toBe(303);
  expect(atPage.headers().location).toMatch(/^\/sign-in\?callbackUrl=/);
  // No session, at a public page (the proxy passes it): the action itself refuses.
  const atPublic = await post(anonymous, "/", forged);
  expect(atPublic.status()).not.toBe(200);
  expect(await invitations()).toBe(0);

  // A viewer's session, at the page: refused by the role check, nothing sent.
  const before = mailCountTo(target);
  const asViewer = await post(viewerContext.request, "/app/members", forged);
  expect([303, 200]).toContain(asViewer.status());
  if (asViewer.status() === 303) expect(asViewer.headers().location).toContain("error=forbidden");
  expect(await invitations()).toBe(0);
  expect(mailCountTo(target)).toBe(before);

  // A viewer promoting themselves with the owner's role form: refused, still a viewer.
  const roleFields = await formFields(owner, "Change role");
  const promote = { ...roleFields, member: viewer_id, role: "owner" };
  const promoted = await post(viewerContext.request, "/app/members", promote);
  expect([303, 200]).toContain(promoted.status());
  const [{ role }] = (await serverQuery<{ role: string }>("SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2", [org, viewer_id])) as [{ role: string }];
  expect(role).toBe("viewer");

  // The same hand-made post from the owner does what the form does: the forgeries above were well formed.
  const asOwner = await post(owner.context().request, "/app/members", forged);
  expect(asOwner.status()).toBe(303);
  expect(await invitations()).toBe(1);
});

/** An owner signed in by magic link with a new organization, on its members page. */
async function ownerOf(browser: import("@playwright/test").Browser, label: string) {
  const page = await (await browser.newContext()).newPage();
  const email = `${label}-${unique()}@example.org`;
  const name = `${label} Org ${unique()}`;
  await signInByEmail(page, email, { open: true });
  await page.getByLabel("Organization name").fill(name);
  await page.getByLabel("Short name").fill(`${label}-${unique()}`);
  await page.getByRole("button", { name: "Create organization" }).click();
  await page.getByRole("link", { name: "Members and invitations" }).click();
  const [{ org }] = (await serverQuery<{ org: string }>("SELECT m.organization_id AS org FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = $1", [email])) as [{ org: string }];
  return { page, email, name, org };
}

test("another organization's id, forged into cookies, forms and exports, reaches nothing of it", async ({ browser }) => {
  const a = await ownerOf(browser, "alpha");
  const b = await ownerOf(browser, "beta");
  const context = a.page.context();

  // The current-organization cookie naming B: A's owner still works in A.
  await context.addCookies([{ name: "org", value: b.org, url: e2eAuthUrl() }]);
  await a.page.goto("/app/members");
  await expect(a.page.getByRole("heading", { level: 1 })).toHaveText(`Members of ${a.name}`);
  await expect(a.page.getByRole("main")).not.toContainText(b.email);
  const csv = await context.request.get("/api/app/audit.csv");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).not.toContain(b.org);
  expect(text).not.toContain(b.email);

  // The invite form with B's id: refused as not a member, nothing written in B.
  const invite = await formFields(a.page, "Send invitation");
  const target = `forged-${unique()}@example.org`;
  const forged = await post(context.request, "/app/members", { ...invite, organization: b.org, email: target, role: "admin" });
  expect(forged.status()).toBe(303);
  expect(forged.headers().location).toContain("error=notMember");
  expect(await serverQuery("SELECT 1 FROM invitations WHERE email = $1", [target])).toHaveLength(0);

  // Switching to B with the switcher's action (A's owner belongs to one organization, so the
  // switcher is not shown: its action id comes from a second organization of A's owner).
  await a.page.goto("/app");
  const second = `Alpha Two ${unique()}`;
  await a.page.getByLabel("Organization name").fill(second);
  await a.page.getByLabel("Short name").fill(`alpha2-${unique()}`);
  await a.page.getByRole("button", { name: "Create organization" }).click();
  await expect(a.page).toHaveURL(/created=/);
  await a.page.goto("/app"); // server-rendered: the forms carry their action ids
  const switcher = await a.page.locator('form:has(select[name="organization"])').evaluate((form) =>
    Array.from(form.querySelectorAll("input[type=hidden]")).map((i) => (i as HTMLInputElement).name).find((n) => n.startsWith("$ACTION_ID_")),
  );
  expect(switcher).toBeTruthy();
  const switched = await post(context.request, "/app", { [switcher!]: "", organization: b.org });
  expect(switched.status()).toBe(303);
  expect(switched.headers().location).toContain("error=notMember");
  await a.page.goto("/app/members");
  await expect(a.page.getByRole("heading", { level: 1 })).toHaveText(`Members of ${second}`);
  expect(await serverQuery("SELECT 1 FROM memberships WHERE organization_id = $1 AND user_id = (SELECT id FROM users WHERE email = $2)", [b.org, a.email])).toHaveLength(0);
});
