"use server";

// Server actions of the signed-in app. Each checks the session itself (requireUser) — the proxy
// is not the only guard — and the organization ones check membership before any tenant work.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { APP_HOME, requireUser, signOutEverywhere, signOutHere } from "@/lib/auth";
import { requestOrigin } from "@/lib/audit";
import { createOrganization, membershipIn } from "@/lib/orgs";
import { rememberOrganization } from "@/lib/orgs/current";

export async function createOrganizationAction(form: FormData): Promise<void> {
  const user = await requireUser(APP_HOME);
  const name = String(form.get("name") ?? "");
  const slug = String(form.get("slug") ?? "");
  const result = await createOrganization(user.id, { name, slug }, requestOrigin(await headers()));
  if (!result.ok) {
    const params = new URLSearchParams({ name: name.slice(0, 200), slug: slug.slice(0, 100) });
    if (result.errors.name) params.set("nameError", result.errors.name);
    if (result.errors.slug) params.set("slugError", result.errors.slug);
    redirect(`${APP_HOME}?${params}#create`);
  }
  await rememberOrganization(result.organization.id);
  redirect(`${APP_HOME}?created=${encodeURIComponent(result.organization.id)}`);
}

export async function switchOrganizationAction(form: FormData): Promise<void> {
  const user = await requireUser(APP_HOME);
  const orgId = String(form.get("organization") ?? "");
  if (!(await membershipIn(user.id, orgId))) redirect(`${APP_HOME}?error=notMember`);
  await rememberOrganization(orgId);
  redirect(`${APP_HOME}?switched=1`);
}

export async function signOutAction(): Promise<void> {
  await signOutHere();
}

export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere(await headers());
}
