"use server";

// Server actions of /app/api-keys. Each re-checks the session (requireUser), the user's role in
// the organization the form names (owners and admins: "apikeys.manage") before any tenant work;
// lib/apikeys then writes the key and its audit row in one tenant transaction.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { ApiKeyError, createApiKey, revokeApiKey } from "@/lib/apikeys";
import { requestOrigin } from "@/lib/audit";
import { getI18n } from "@/lib/i18n/server";
import { can } from "@/lib/members";
import { membershipIn } from "@/lib/orgs";

const API_KEYS_PATH = "/app/api-keys";

export type CreateKeyState =
  | { status: "idle" }
  | { status: "created"; name: string; prefix: string; key: string }
  | { status: "invalid"; field: "name" | "scopes" | "form"; message: string; name: string; scopes: string[] };

async function manager(form: FormData) {
  const user = await requireUser(API_KEYS_PATH);
  const organizationId = String(form.get("organization") ?? "");
  const role = await membershipIn(user.id, organizationId);
  return { user, organizationId, allowed: Boolean(role && can(role, "apikeys.manage")) };
}

export async function createApiKeyAction(_previous: CreateKeyState, form: FormData): Promise<CreateKeyState> {
  const { user, organizationId, allowed } = await manager(form);
  const { t } = await getI18n();
  const name = String(form.get("name") ?? "").slice(0, 200);
  const scopes = form.getAll("scopes").map(String).slice(0, 20);
  if (!allowed) return { status: "invalid", field: "form", message: t("apiKeys.error.forbidden"), name, scopes };
  if (!name.trim() || name.trim().length > 100) return { status: "invalid", field: "name", message: t("apiKeys.error.name"), name, scopes };
  if (scopes.length === 0) return { status: "invalid", field: "scopes", message: t("apiKeys.error.noScope"), name, scopes };
  try {
    const created = await createApiKey(organizationId, { name, scopes, actorUserId: user.id, ...requestOrigin(await headers()) });
    revalidatePath(API_KEYS_PATH);
    return { status: "created", name: created.name, prefix: created.prefix, key: created.key };
  } catch (error) {
    if (error instanceof ApiKeyError) {
      return { status: "invalid", field: error.code === "invalid_scope" ? "scopes" : "name", message: t(error.code === "invalid_scope" ? "apiKeys.error.scope" : "apiKeys.error.name"), name, scopes };
    }
    throw error;
  }
}

export async function revokeApiKeyAction(form: FormData): Promise<void> {
  const { user, organizationId, allowed } = await manager(form);
  if (!allowed) redirect(`${API_KEYS_PATH}?error=forbidden`);
  const id = String(form.get("key") ?? "");
  try {
    await revokeApiKey(organizationId, { id }, { actorUserId: user.id, ...requestOrigin(await headers()) });
  } catch (error) {
    if (error instanceof ApiKeyError) redirect(`${API_KEYS_PATH}?error=notFound`);
    throw error;
  }
  redirect(`${API_KEYS_PATH}?done=revoked`);
}
