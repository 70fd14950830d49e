// `priceline apikey create|list|revoke`: operators manage organizations' API keys
// from the command line (until the signed-in app has a page for it). A thin
// wrapper over lib/apikeys: the organization is found by slug (or, for revoke,
// by the key's prefix) on the platform path, then everything runs scoped to it.
import { parseArgs } from "node:util";
import { disconnectPrisma } from "../db/client";
import { prepareDatabase } from "../setup/database";
import { closeTenantConnections, withPlatform } from "../tenancy";
import { API_KEY_SCOPES, DEFAULT_API_KEY_SCOPES } from "./scopes";
import { ApiKeyError, createApiKey, listApiKeys, revokeApiKey, type ApiKeySummary } from "./keys";
import { isApiKeyPrefix } from "./secret";

const SCOPES = Object.entries(API_KEY_SCOPES)
  .map(([scope, what]) => `  ${scope.padEnd(13)} ${what}`)
  .join("\n");

const HELP = `Usage: npm run priceline -- apikey <create|list|revoke> [options]

  apikey create --org <slug> --name <name> [--scope <scope>]... [--json]
      Creates a key for the organization and prints it. The key is shown this
      once: only its hash is stored. Default scope: ${DEFAULT_API_KEY_SCOPES.join(", ")}.
  apikey list --org <slug> [--json]
      The organization's keys: prefix, name, scopes, created, last used, revoked.
  apikey revoke <prefix> [--org <slug>] [--json]
      Revokes the key with this prefix (hpl_live_xxxxxxxx); it stops working at once.

Scopes:
${SCOPES}

Creations and revocations are written to the audit log (no actor; user agent priceline-cli).
The database is DATABASE_URL, or the embedded PostgreSQL when none is set.
Exit codes: 0 done, 1 not found or refused, 2 bad usage.`;

class UsageError extends Error {}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      org: { type: "string" },
      name: { type: "string" },
      scope: { type: "string", multiple: true },
      json: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
}

async function organizationBySlug(slug: string): Promise<{ id: string; slug: string; name: string }> {
  const org = await withPlatform((db) => db.organization.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }));
  if (!org) throw new ApiKeyError("not_found", `No organization with the slug "${slug}".`);
  return org;
}

function formatDate(date: Date | null): string {
  return date ? date.toISOString().replace(/\.\d{3}Z$/, "Z") : "never";
}

function describe(key: ApiKeySummary): string {
  const state = key.revokedAt ? `revoked ${formatDate(key.revokedAt)}` : "active";
  return `${key.prefix}  ${key.name}  [${key.scopes.join(", ")}]  created ${formatDate(key.createdAt)}  last used ${formatDate(key.lastUsedAt)}  ${state}`;
}

const AUDIT = { actorUserId: null, userAgent: "priceline-cli" } as const;

async function run(subcommand: string | undefined, values: ReturnType<typeof parse>["values"], positionals: string[]): Promise<number> {
  const json = values.json ?? false;
  switch (subcommand) {
    case "create": {
      if (!values.org || !values.name) throw new UsageError("apikey create needs --org <slug> and --name <name>.");
      const org = await organizationBySlug(values.org);
      const created = await createApiKey(org.id, { ...AUDIT, name: values.name, scopes: values.scope ?? DEFAULT_API_KEY_SCOPES });
      const { key, ...summary } = created;
      if (json) console.log(JSON.stringify({ key, ...summary, organization: org.slug }));
      else {
        console.log(`Created API key "${created.name}" for ${org.name} (${org.slug}), scopes: ${created.scopes.join(", ")}.`);
        console.log("Copy it now: it is shown only this once.\n");
        console.log(key);
      }
      return 0;
    }
    case "list": {
      if (!values.org) throw new UsageError("apikey list needs --org <slug>.");
      const org = await organizationBySlug(values.org);
      const keys = await listApiKeys(org.id);
      if (json) console.log(JSON.stringify(keys));
      else if (keys.length === 0) console.log(`${org.slug} has no API keys.`);
      else for (const key of keys) console.log(describe(key));
      return 0;
    }
    case "revoke": {
      const [prefix, ...rest] = positionals;
      if (!prefix || rest.length) throw new UsageError("apikey revoke takes one key prefix.");
      if (!isApiKeyPrefix(prefix)) throw new UsageError(`"${prefix}" is not a key prefix (hpl_live_ and 8 characters).`);
      // The prefix names the key; the platform path finds its organization, the
      // revocation itself runs scoped to that organization.
      const owners = await withPlatform((db) =>
        db.apiKey.findMany({ where: { prefix }, select: { organizationId: true, organization: { select: { slug: true } } } }),
      );
      const candidates = values.org ? owners.filter((o) => o.organization.slug === values.org) : owners;
      if (candidates.length === 0) {
        throw new ApiKeyError("not_found", `No API key ${prefix}${values.org ? ` in ${values.org}` : ""}.`);
      }
      if (candidates.length > 1) throw new ApiKeyError("ambiguous", `More than one organization has a key ${prefix}: add --org <slug>.`);
      const result = await revokeApiKey(candidates[0]!.organizationId, { prefix }, AUDIT);
      if (json) console.log(JSON.stringify(result));
      else console.log(result.revoked ? `Revoked ${describe(result.key)}` : `Already revoked: ${describe(result.key)}`);
      return 0;
    }
    default:
      throw new UsageError(subcommand ? `Unknown apikey command "${subcommand}".` : "Name an apikey command.");
  }
}

export async function runApiKeyCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const [subcommand, ...positionals] = parsed.positionals;
  if (parsed.values.help || subcommand === "help") {
    console.log(HELP);
    return 0;
  }
  if (!["create", "list", "revoke"].includes(subcommand ?? "")) {
    console.error(`${subcommand ? `Unknown apikey command "${subcommand}".` : "Name an apikey command."}\n\n${HELP}`);
    return 2;
  }
  const db = await prepareDatabase((line) => console.error(line));
  // The app's clients (lib/db, lib/tenancy) read the URL from the environment.
  process.env.DATABASE_URL ??= db.url;
  try {
    return await run(subcommand, parsed.values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof ApiKeyError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await closeTenantConnections();
    await disconnectPrisma();
    await db.stop();
  }
}
