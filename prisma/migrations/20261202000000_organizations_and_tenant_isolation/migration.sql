-- Organizations and identity (issue 5): the Auth.js tables (users, accounts,
-- sessions, verification tokens), organizations with their memberships,
-- invitations, email domains, SSO connections and API keys, and the audit log;
-- then row-level security so the application role only ever sees the rows of
-- the organization its transaction is for.

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('owner', 'admin', 'analyst', 'viewer');

-- CreateEnum
CREATE TYPE "SsoKind" AS ENUM ('oidc', 'saml');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT,
    "email" TEXT NOT NULL,
    "email_verified" TIMESTAMPTZ(3),
    "image" TEXT,
    "totp_secret_encrypted" TEXT,
    "totp_enabled_at" TIMESTAMPTZ(3),
    "is_platform_operator" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "user_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("provider","provider_account_id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "session_token" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("session_token")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "idle_timeout_minutes" INTEGER NOT NULL DEFAULT 60,
    "require_sso" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "invited_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization_domains" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "verified_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_domains_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sso_connections" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "kind" "SsoKind" NOT NULL,
    "preset" TEXT,
    "issuer" TEXT,
    "client_id" TEXT,
    "client_secret_encrypted" TEXT,
    "saml_metadata" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sso_connections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "organization_id" UUID,
    "actor_user_id" UUID,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "ip" INET,
    "user_agent" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations"("slug");

-- CreateIndex
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_organization_id_user_id_key" ON "memberships"("organization_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_organization_id_idx" ON "invitations"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "organization_domains_domain_key" ON "organization_domains"("domain");

-- CreateIndex
CREATE INDEX "organization_domains_organization_id_idx" ON "organization_domains"("organization_id");

-- CreateIndex
CREATE INDEX "sso_connections_organization_id_idx" ON "sso_connections"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- CreateIndex
CREATE INDEX "api_keys_organization_id_idx" ON "api_keys"("organization_id");

-- CreateIndex
CREATE INDEX "audit_log_organization_id_created_at_idx" ON "audit_log"("organization_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "audit_log_actor_user_id_idx" ON "audit_log"("actor_user_id");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_domains" ADD CONSTRAINT "organization_domains_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sso_connections" ADD CONSTRAINT "sso_connections_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ===========================================================================
-- Tenant isolation with row-level security (docs/adr/0008). Everything below
-- is SQL that schema.prisma cannot declare; prisma/sql-extras.sql repeats it
-- and tests/lib/db/migrations.test.ts checks the two agree.
-- ===========================================================================

-- Roles are cluster-wide: another database on the same server (a test run, a
-- second environment) may have created them already, or may be creating them
-- right now (so both "already exists" errors are expected and ignored).
--   priceline_app       the application's tenant connections log in as this
--                       role (lib/tenancy). It owns nothing, cannot bypass
--                       row-level security and is a member of no role, so
--                       SQL run on its connections has no role to escape to.
--   priceline_platform  operator and system work that spans organizations
--                       (withPlatform): the owner's connection switches to it
--                       for one transaction. Explicit policies let it see every
--                       organization; it still cannot change the audit log.
DO $$
BEGIN
  BEGIN
    CREATE ROLE "priceline_app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
  END;
  BEGIN
    CREATE ROLE "priceline_platform" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
  END;
  -- A role that existed before must not have been given more than this.
  IF EXISTS (SELECT 1 FROM pg_roles
              WHERE rolname IN ('priceline_app', 'priceline_platform') AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'priceline_app and priceline_platform must be neither superusers nor BYPASSRLS';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
              WHERE r.rolname = 'priceline_app') THEN
    RAISE EXCEPTION 'priceline_app must not be a member of any role';
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO "priceline_app"', current_database());
END
$$;

-- withPlatform switches the owner's connection to priceline_platform, so the
-- owner must be a member; but it must not inherit the role, or the platform
-- policies would apply to the owner's every query and FORCE (below) would no
-- longer keep a non-superuser owner out of other organizations' rows by
-- accident. PostgreSQL 16 can say so per grant; on 15 it follows the owner's
-- own INHERIT attribute (superusers bypass row-level security anyway).
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 160000 THEN
    EXECUTE 'GRANT "priceline_platform" TO CURRENT_USER WITH INHERIT FALSE, SET TRUE';
  ELSE
    EXECUTE 'GRANT "priceline_platform" TO CURRENT_USER';
  END IF;
END
$$;

-- The organization a tenant transaction is for: set by lib/tenancy with
-- set_config('app.current_org_id', <id>, true), i.e. for that transaction
-- only. Unset (NULL) or reset ('') means none, and no organization's rows
-- match.
CREATE FUNCTION "tenancy_current_org_id"() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid $$;

-- Organization-owned tables: ENABLE applies the policies to priceline_app and
-- priceline_platform; FORCE applies them to the table owner as well (unless
-- it is a superuser), so only the explicit platform role spans organizations.
ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "organizations" FORCE ROW LEVEL SECURITY;
ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "memberships" FORCE ROW LEVEL SECURITY;
ALTER TABLE "invitations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "invitations" FORCE ROW LEVEL SECURITY;
ALTER TABLE "organization_domains" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "organization_domains" FORCE ROW LEVEL SECURITY;
ALTER TABLE "sso_connections" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "sso_connections" FORCE ROW LEVEL SECURITY;
ALTER TABLE "api_keys" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "api_keys" FORCE ROW LEVEL SECURITY;
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;

-- USING hides other organizations' rows from SELECT, UPDATE and DELETE; WITH
-- CHECK refuses to insert a row for, or move a row to, another organization.
CREATE POLICY "tenant_isolation" ON "organizations" FOR ALL TO "priceline_app"
    USING ("id" = "tenancy_current_org_id"()) WITH CHECK ("id" = "tenancy_current_org_id"());
CREATE POLICY "tenant_isolation" ON "memberships" FOR ALL TO "priceline_app"
    USING ("organization_id" = "tenancy_current_org_id"()) WITH CHECK ("organization_id" = "tenancy_current_org_id"());
CREATE POLICY "tenant_isolation" ON "invitations" FOR ALL TO "priceline_app"
    USING ("organization_id" = "tenancy_current_org_id"()) WITH CHECK ("organization_id" = "tenancy_current_org_id"());
CREATE POLICY "tenant_isolation" ON "organization_domains" FOR ALL TO "priceline_app"
    USING ("organization_id" = "tenancy_current_org_id"()) WITH CHECK ("organization_id" = "tenancy_current_org_id"());
CREATE POLICY "tenant_isolation" ON "sso_connections" FOR ALL TO "priceline_app"
    USING ("organization_id" = "tenancy_current_org_id"()) WITH CHECK ("organization_id" = "tenancy_current_org_id"());
CREATE POLICY "tenant_isolation" ON "api_keys" FOR ALL TO "priceline_app"
    USING ("organization_id" = "tenancy_current_org_id"()) WITH CHECK ("organization_id" = "tenancy_current_org_id"());
CREATE POLICY "tenant_read" ON "audit_log" FOR SELECT TO "priceline_app"
    USING ("organization_id" = "tenancy_current_org_id"());
CREATE POLICY "tenant_append" ON "audit_log" FOR INSERT TO "priceline_app"
    WITH CHECK ("organization_id" = "tenancy_current_org_id"());

CREATE POLICY "platform_access" ON "organizations" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "memberships" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "invitations" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "organization_domains" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "sso_connections" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "api_keys" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_read" ON "audit_log" FOR SELECT TO "priceline_platform" USING (true);
CREATE POLICY "platform_append" ON "audit_log" FOR INSERT TO "priceline_platform" WITH CHECK (true);

-- Identity tables belong to no organization. Row-level security is enabled
-- but not forced: the owner's connection (the Auth.js adapter) reads them
-- unfiltered, the platform role by policy, and priceline_app sees only the
-- members of its current organization (and no sign-in secrets: see grants).
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "accounts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "verification_tokens" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_members" ON "users" FOR SELECT TO "priceline_app"
    USING (EXISTS (SELECT 1 FROM "memberships" m
                    WHERE m."user_id" = "users"."id" AND m."organization_id" = "tenancy_current_org_id"()));
CREATE POLICY "platform_access" ON "users" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "accounts" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "sessions" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "verification_tokens" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);

-- The audit log is append-only for everyone: no role is granted UPDATE or
-- DELETE on it, and this trigger refuses them (and TRUNCATE) even to its
-- owner. Removing old entries is a deliberate act of the owner (disable the
-- trigger in a maintenance transaction), never something the app can do.
CREATE FUNCTION "audit_log_reject_change"() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_reject_change"();

-- Privileges. Nothing is granted to PUBLIC; the app role gets exactly this.
GRANT USAGE ON SCHEMA "public" TO "priceline_app", "priceline_platform";
GRANT SELECT, INSERT, UPDATE, DELETE ON "organizations", "memberships", "invitations", "organization_domains", "sso_connections", "api_keys"
    TO "priceline_app", "priceline_platform";
GRANT SELECT, INSERT ON "audit_log" TO "priceline_app", "priceline_platform";
GRANT USAGE ON SEQUENCE "audit_log_id_seq" TO "priceline_app", "priceline_platform";
-- Members' names and emails, but not the TOTP secret.
GRANT SELECT ("id", "name", "email", "email_verified", "image", "totp_enabled_at", "is_platform_operator", "created_at", "updated_at")
    ON "users" TO "priceline_app";
GRANT SELECT, INSERT, UPDATE, DELETE ON "users", "accounts", "sessions", "verification_tokens" TO "priceline_platform";
-- The public price data, read-only, for tenant features built on it.
GRANT SELECT ON "hospitals", "hospital_locations", "mrf_files", "items", "standard_charges", "payer_plans", "charge_changes", "search_words"
    TO "priceline_app";
