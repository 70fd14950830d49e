// An organization's OIDC connection against real counterparts: oidc-provider as the identity
// provider (discovery, PKCE), small HTTP servers for broken ones, PostgreSQL with row-level
// security for the stored connection.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverOidcProvider, getOidcConnection, oidcClientSecret, saveOidcConnection, SsoConfigError } from "@/lib/sso";
import { closeTenantConnections } from "@/lib/tenancy";
import { withClient } from "../../support/db";

const servers: http.Server[] = [];

async function serve(handler?: http.RequestListener): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A server whose discovery document is `doc(issuer)`. */
async function serveDiscovery(doc: (issuer: string) => object): Promise<string> {
  let issuer = "";
  const { url } = await serve((req, res) => {
    if (req.url !== "/.well-known/openid-configuration") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(doc(issuer)));
  });
  issuer = url;
  return url;
}

const complete = (issuer: string) => ({
  issuer,
  authorization_endpoint: `${issuer}/auth`,
  token_endpoint: `${issuer}/token`,
  jwks_uri: `${issuer}/jwks`,
  response_types_supported: ["code"],
  subject_types_supported: ["public"],
  id_token_signing_alg_values_supported: ["RS256"],
  code_challenge_methods_supported: ["S256"],
});

let idp = "";
const A = randomUUID();
const B = randomUUID();

beforeAll(async () => {
  const { server, url } = await serve();
  const provider = new Provider(url, { clients: [{ client_id: "priceline", client_secret: "idp-secret", redirect_uris: ["http://localhost:3000/api/auth/callback/oidc"] }] });
  server.on("request", provider.callback());
  idp = url;
  const run = randomUUID().slice(0, 8);
  await withClient(async (c) => {
    for (const [id, name] of [[A, "Alpha"], [B, "Beta"]] as const) {
      await c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3)", [id, name, `${name.toLowerCase()}-${run}`]);
    }
  });
});

afterAll(async () => {
  await closeTenantConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

describe("discoverOidcProvider", () => {
  it("reads a real provider's endpoints, with PKCE S256", async () => {
    const found = await discoverOidcProvider(idp);
    expect(found.issuer).toBe(idp);
    expect(found.authorizationEndpoint).toBe(`${idp}/auth`);
    expect(found.tokenEndpoint).toBe(`${idp}/token`);
    expect(found.jwksUri).toBe(`${idp}/jwks`);
  });

  it("says what is wrong with a provider that cannot be used", async () => {
    const noPkce = await serveDiscovery((issuer) => ({ ...complete(issuer), code_challenge_methods_supported: undefined }));
    await expect(discoverOidcProvider(noPkce)).rejects.toThrow(/does not announce PKCE with S256/);
    const impostor = await serveDiscovery(() => complete("https://elsewhere.example.com"));
    await expect(discoverOidcProvider(impostor)).rejects.toThrow(/names another issuer/);
    const noJwks = await serveDiscovery((issuer) => ({ ...complete(issuer), jwks_uri: undefined }));
    await expect(discoverOidcProvider(noJwks)).rejects.toThrow(/has no jwks_uri/);
    const { url: missing } = await serve((_req, res) => void res.writeHead(404).end());
    await expect(discoverOidcProvider(missing)).rejects.toThrow(/answered with HTTP status 404/);
    const { url: closed, server } = await serve();
    await new Promise((resolve) => server.close(resolve));
    await expect(discoverOidcProvider(closed)).rejects.toThrow(/Could not reach/);
  });

  it("refuses plain http except to this machine outside production, and URLs with extras", async () => {
    await expect(discoverOidcProvider("http://idp.example.com")).rejects.toThrow(/must start with https/);
    await expect(discoverOidcProvider(idp, { env: { NODE_ENV: "production" } })).rejects.toThrow(/must start with https/);
    await expect(discoverOidcProvider(`${idp}?tenant=x`)).rejects.toThrow(/query/);
    await expect(discoverOidcProvider("not a url")).rejects.toThrow(/is not a URL/);
  });
});

describe("saveOidcConnection", () => {
  it("stores the connection with the secret sealed, opens it for sign-in, and keeps it when not retyped", async () => {
    const { connection } = await saveOidcConnection(A, { issuer: idp, clientId: "priceline", clientSecret: "idp-secret", enabled: true });
    expect(connection).toMatchObject({ issuer: idp, clientId: "priceline", enabled: true, hasSecret: true, preset: null });
    const stored = await withClient((c) => c.query<{ client_secret_encrypted: string }>("SELECT client_secret_encrypted FROM sso_connections WHERE organization_id = $1", [A]));
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.client_secret_encrypted).toMatch(/^v1:/);
    expect(stored.rows[0]!.client_secret_encrypted).not.toContain("idp-secret");
    expect(await oidcClientSecret(A)).toBe("idp-secret");

    await saveOidcConnection(A, { issuer: idp, clientId: "priceline-2", enabled: false });
    expect(await getOidcConnection(A)).toMatchObject({ clientId: "priceline-2", enabled: false, hasSecret: true });
    expect(await oidcClientSecret(A)).toBe("idp-secret");
  });

  it("is the organization's own: another organization sees none, and a sealed secret moved there does not open", async () => {
    expect(await getOidcConnection(B)).toBeNull();
    await withClient((c) =>
      c.query(
        `INSERT INTO sso_connections (organization_id, kind, issuer, client_id, client_secret_encrypted, updated_at)
         SELECT $2, kind, issuer, client_id, client_secret_encrypted, now() FROM sso_connections WHERE organization_id = $1`,
        [A, B],
      ),
    );
    await expect(oidcClientSecret(B)).rejects.toThrow(/does not open/);
  });

  it("names the field at fault and stores nothing", async () => {
    const C = randomUUID();
    await withClient((c) => c.query("INSERT INTO organizations (id, name, slug) VALUES ($1, 'Gamma', $2)", [C, `gamma-${C.slice(0, 8)}`]));
    const fieldOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof SsoConfigError ? e.field : e));
    expect(await fieldOf(saveOidcConnection(C, { preset: "okta", presetValue: "not a domain", clientId: "x", clientSecret: "y" }))).toBe("presetValue");
    expect(await fieldOf(saveOidcConnection(C, { preset: "ping", clientId: "x", clientSecret: "y" }))).toBe("preset");
    expect(await fieldOf(saveOidcConnection(C, { issuer: idp, clientId: "", clientSecret: "y" }))).toBe("clientId");
    expect(await fieldOf(saveOidcConnection(C, { issuer: idp, clientId: "x" }))).toBe("clientSecret");
    expect(await fieldOf(saveOidcConnection(C, { issuer: "https://127.0.0.1:1", clientId: "x", clientSecret: "y" }, { timeoutMs: 2000 }))).toBe("issuer");
    expect(await getOidcConnection(C)).toBeNull();
  });
});
