// Members end to end (issue 5, point 8): an owner signs in by magic link, creates an
// organization and invites a second address as viewer; the invitee follows the email's link,
// signs in (and comes back to it), accepts, and works as a viewer — no invite form; the owner
// makes them admin and their next page load has the invite form; the owner removes them and the
// organization is gone from their /app. Real mail through the run's SMTP sink. Plus axe-core on
// /app/members and /invite/<token> in English and Spanish.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { firstLink } from "../../lib/mail/sink";
import { e2eAuthUrl } from "./support/mail";
import { emailTo, mailCount } from "./support/mailbox";
import { seriousViolations } from "./support/axe";

// Magic links and session cookies are on the server's AUTH_URL.
test.use({ baseURL: process.env.E2E_BASE_URL ?? e2eAuthUrl() });

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

type Lang = "en" | "es";
const TEXT = {
  en: {
    email: "Email address",
    send: "Email me a sign-in link",
    check: "Check your email",
    orgName: "Organization name",
    slug: "Short name",
    create: "Create organization",
    members: "Members and invitations",
    inviteEmail: "Email address",
    role: "Role",
    invite: "Send invitation",
    accept: "Accept the invitation",
  },
  es: {
    email: "Correo electrónico",
    send: "Enviarme un enlace para iniciar sesión",
    check: "Revise su correo",
    orgName: "Nombre de la organización",
    slug: "Nombre corto",
    create: "Crear organización",
    members: "Miembros e invitaciones",
    inviteEmail: "Correo electrónico",
    role: "Rol",
    invite: "Enviar invitación",
    accept: "Aceptar la invitación",
  },
} as const;

/** Signs in on the sign-in page the browser is on (or /app's), with the link from the email; returns where it lands. */
async function signInHere(page: Page, email: string, lang: Lang): Promise<void> {
  const before = mailCount();
  await page.getByLabel(TEXT[lang].email).fill(email);
  await page.getByRole("button", { name: TEXT[lang].send }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[lang].check);
  const link = firstLink(await emailTo(email, before));
  expect(link).toMatch(/\/api\/auth\/callback\/nodemailer\?/);
  await page.goto(link!);
}

async function newPage(browser: Browser, lang: Lang, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await page.goto(`/sign-in?lang=${lang}`); // remembers the language
  return page;
}

async function ownerWithOrganization(browser: Browser, lang: Lang, javaScriptEnabled = true) {
  const email = `owner-${unique()}@example.org`;
  const name = `Members Org ${unique()}`;
  const page = await newPage(browser, lang, javaScriptEnabled);
  await page.goto("/app");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fapp$/);
  await signInHere(page, email, lang);
  await expect(page).toHaveURL(/\/app$/);
  await page.getByLabel(TEXT[lang].orgName).fill(name);
  await page.getByLabel(TEXT[lang].slug).fill(`m-${unique()}`);
  await page.getByRole("button", { name: TEXT[lang].create }).click();
  await page.getByRole("link", { name: TEXT[lang].members }).click();
  await expect(page).toHaveURL(/\/app\/members$/);
  return { page, email, name };
}

async function invite(page: Page, email: string, role: string, lang: Lang): Promise<string> {
  const before = mailCount();
  await page.getByLabel(TEXT[lang].inviteEmail).fill(email);
  await page.getByLabel(TEXT[lang].role, { exact: true }).selectOption({ label: role });
  await page.getByRole("button", { name: TEXT[lang].invite }).click();
  const message = await emailTo(email, before);
  const link = firstLink(message);
  expect(link, message.text).toMatch(/\/invite\/[\w-]{43}$/);
  return link!;
}

test("invite, accept, change role, remove: access follows the role", async ({ browser }) => {
  const owner = await ownerWithOrganization(browser, "en");
  await expect(owner.page.getByRole("heading", { level: 1 })).toHaveText(`Members of ${owner.name}`);
  await expect(owner.page.getByText("Your role here: Owner.")).toBeVisible();

  // A bad address is explained at the field, and nothing is sent.
  await owner.page.getByLabel("Email address").fill("not-an-address");
  await owner.page.getByRole("button", { name: "Send invitation" }).click();
  await expect(owner.page.getByRole("main").getByRole("alert")).toContainText("The invitation was not sent.");
  await expect(owner.page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expect(owner.page.getByText("Enter an email address like name@example.com.")).toBeVisible();

  const invitee = `invitee-${unique()}@example.org`;
  const link = await invite(owner.page, invitee, "Viewer", "en");
  await expect(owner.page.getByRole("status")).toHaveText(`An invitation was emailed to ${invitee}.`);
  const pending = owner.page.getByRole("table", { name: "Pending invitations" });
  await expect(pending.getByRole("row", { name: new RegExp(invitee) })).toContainText("Viewer");
  const mail = await emailTo(invitee);
  expect(mail.subject).toBe(`You are invited to ${owner.name} on Hospital Priceline`);
  expect(mail.text).toContain(`${owner.email} invites you to join ${owner.name} on Hospital Priceline as Viewer.`);

  // The invitee follows the link: sign-in first, then back to the invitation.
  const guest = await newPage(browser, "en");
  await guest.goto(link);
  await expect(guest).toHaveURL(/\/sign-in\?callbackUrl=%2Finvite%2F[\w-]{43}$/);
  await signInHere(guest, invitee, "en");
  await expect(guest).toHaveURL(link);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText(`Invitation to ${owner.name}`);
  await expect(guest.getByText(`You are invited to join ${owner.name} as Viewer.`)).toBeVisible();
  await guest.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(guest).toHaveURL(/\/app\?joined=/);
  await expect(guest.getByRole("status")).toHaveText(`You joined ${owner.name} as Viewer.`);
  await expect(guest.getByRole("list", { name: "Organizations you belong to" })).toContainText("your role: Viewer");

  // As a viewer: the members, but no invite form and no controls.
  await guest.getByRole("link", { name: "Members and invitations" }).click();
  await expect(guest.getByText("Your role here: Viewer.")).toBeVisible();
  await expect(guest.getByRole("table", { name: "Members" })).toContainText(owner.email);
  await expect(guest.getByRole("heading", { name: "Invite someone" })).toHaveCount(0);
  await expect(guest.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(guest.getByRole("button", { name: /Change role/ })).toHaveCount(0);

  // The link works once.
  await guest.goto(link);
  await expect(guest.getByRole("main").getByRole("alert")).toHaveText("This invitation has already been used.");

  // The owner makes them admin; their next page load can invite.
  await owner.page.reload();
  await expect(pending).toHaveCount(0);
  await owner.page.getByLabel(`New role for ${invitee}`).selectOption({ label: "Admin" });
  await owner.page.getByRole("button", { name: `Change role: ${invitee}` }).click();
  await expect(owner.page.getByRole("status")).toHaveText("The role was changed.");
  await expect(owner.page.getByRole("table", { name: "Members" }).getByRole("row", { name: new RegExp(invitee) })).toContainText("Admin");

  await guest.goto("/app/members");
  await expect(guest.getByText("Your role here: Admin.")).toBeVisible();
  await expect(guest.getByRole("heading", { name: "Invite someone" })).toBeVisible();
  await expect(guest.getByRole("button", { name: "Send invitation" })).toBeVisible();
  // An admin cannot touch the owner.
  await expect(guest.getByRole("button", { name: `Remove ${owner.email}` })).toHaveCount(0);

  // The owner removes them: the organization is gone from their /app.
  await owner.page.getByRole("button", { name: `Remove ${invitee}` }).click();
  await expect(owner.page.getByRole("status")).toHaveText("The member was removed.");
  await expect(owner.page.getByRole("table", { name: "Members" })).not.toContainText(invitee);

  await guest.goto("/app");
  await expect(guest.getByText("You do not belong to an organization yet")).toBeVisible();
  await expect(guest.getByRole("list", { name: "Organizations you belong to" })).toHaveCount(0);
  await guest.goto("/app/members");
  await expect(guest.getByText("You do not belong to an organization yet.")).toBeVisible();
  await expect(guest.getByText(owner.name)).toHaveCount(0);

  // The last owner cannot leave: the refusal is shown at "leave".
  await owner.page.getByRole("button", { name: `Leave ${owner.name}` }).click();
  await expect(owner.page.getByRole("main").getByRole("alert")).toHaveText("An organization needs an owner: make someone else owner first.");

  // The audit log tells the story, newest first; a former member cannot read it.
  await owner.page.goto("/app");
  await owner.page.getByRole("link", { name: "Audit log" }).click();
  const entries = owner.page.getByTestId("audit-entry");
  await expect(entries.first()).toContainText("Member removed");
  for (const event of ["Role changed", "Member joined", "Member invited", "Organization created"]) {
    await expect(owner.page.getByRole("table", { name: /Audit log entries/ })).toContainText(event);
  }
  await owner.page.getByLabel("Event").selectOption({ label: "Member invited" });
  await owner.page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(owner.email);
  const download = owner.page.waitForEvent("download");
  await owner.page.getByRole("link", { name: "Download these entries as CSV" }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv.split("\r\n")[0]).toBe("time,action,actor_user_id,actor_email,target,ip,user_agent,details");
  expect(csv).toContain('"member.invited"');
  expect(csv).not.toContain('"member.removed"');
  await guest.goto("/app/audit");
  await expect(guest.getByRole("table", { name: /Audit log entries/ })).toHaveCount(0);
});

test("an invitation for another address, or a link that is no invitation, is explained", async ({ browser }) => {
  const owner = await ownerWithOrganization(browser, "en");
  const invitee = `meant-${unique()}@example.org`;
  const link = await invite(owner.page, invitee, "Analyst", "en");
  const other = await newPage(browser, "en");
  await other.goto(link);
  const someoneElse = `else-${unique()}@example.org`;
  await signInHere(other, someoneElse, "en");
  await expect(other.getByRole("main").getByRole("alert")).toHaveText(
    `This invitation is for ${invitee}, but you are signed in as ${someoneElse}. Sign out and sign in with ${invitee} to accept it.`,
  );
  await expect(other.getByRole("button", { name: "Accept the invitation" })).toHaveCount(0);
  await other.goto("/invite/not-a-real-token");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("This invitation cannot be used");
  await expect(other.getByRole("main").getByRole("alert")).toContainText("This invitation link is not valid");
  // A withdrawn invitation stops working.
  await owner.page.getByRole("button", { name: `Withdraw the invitation to ${invitee}` }).click();
  await expect(owner.page.getByRole("status")).toHaveText("The invitation was withdrawn.");
  await other.goto(link);
  await expect(other.getByRole("main").getByRole("alert")).toContainText("This invitation link is not valid");
});

test("without JavaScript: the owner invites an admin, hands over ownership and leaves", async ({ browser }) => {
  const owner = await ownerWithOrganization(browser, "en", false);
  const invitee = `heir-${unique()}@example.org`;
  const link = await invite(owner.page, invitee, "Admin", "en");
  await expect(owner.page.getByRole("status")).toHaveText(`An invitation was emailed to ${invitee}.`);
  const heir = await newPage(browser, "en", false);
  await heir.goto(link);
  await signInHere(heir, invitee, "en");
  await heir.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(heir.getByRole("status")).toHaveText(`You joined ${owner.name} as Admin.`);

  await owner.page.reload();
  await owner.page.getByRole("button", { name: `Make owner: ${invitee}` }).click();
  await expect(owner.page.getByRole("status")).toHaveText("Ownership was handed over. You are now an admin.");
  await expect(owner.page.getByText("Your role here: Admin.")).toBeVisible();
  // Now an admin, they cannot touch the new owner.
  await expect(owner.page.getByRole("button", { name: `Remove ${invitee}` })).toHaveCount(0);
  await heir.goto("/app/members");
  await expect(heir.getByText("Your role here: Owner.")).toBeVisible();

  await owner.page.getByRole("button", { name: `Leave ${owner.name}` }).click();
  await expect(owner.page).toHaveURL(/\/app\?left=/);
  await expect(owner.page.getByRole("status")).toHaveText(`You left ${owner.name}.`);
  await heir.reload();
  await expect(heir.getByRole("table", { name: "Members" })).not.toContainText(owner.email);
});

test.describe("accessibility of members and invitations", () => {
  for (const lang of ["en", "es"] as const) {
    test(`/app/members, /invite/<token> and /app/audit in ${lang}: no serious or critical axe violations`, async ({ browser }) => {
      const owner = await ownerWithOrganization(browser, lang);
      const invitee = `a11y-${lang}-${unique()}@example.org`;
      const link = await invite(owner.page, invitee, lang === "en" ? "Analyst" : "Analista", lang);
      await expect(owner.page.getByRole("status")).toBeVisible();
      expect(await seriousViolations(owner.page)).toEqual([]);
      await owner.page.getByLabel(TEXT[lang].inviteEmail).fill("x");
      await owner.page.getByRole("button", { name: TEXT[lang].invite }).click();
      await expect(owner.page.getByRole("main").getByRole("alert")).toBeVisible();
      expect(await seriousViolations(owner.page)).toEqual([]);

      const guest = await newPage(browser, lang);
      await guest.goto(link);
      await signInHere(guest, invitee, lang);
      await expect(guest.getByRole("button", { name: TEXT[lang].accept })).toBeVisible();
      await expect(guest.locator("html")).toHaveAttribute("lang", lang);
      expect(await seriousViolations(guest)).toEqual([]);
      await guest.goto("/invite/not-a-real-token");
      await expect(guest.getByRole("main").getByRole("alert")).toBeVisible();
      expect(await seriousViolations(guest)).toEqual([]);

      await owner.page.goto("/app/audit");
      await expect(owner.page.getByTestId("audit-entry").first()).toBeVisible();
      expect(await seriousViolations(owner.page)).toEqual([]);
    });
  }
});
