-- Database objects that schema.prisma cannot declare: extensions, and the
-- roles, row-level security policies, grants and triggers of tenant isolation
-- (docs/adr/0008). Each is also created by a migration in prisma/migrations;
-- the migrations test builds a database from schema.prisma plus this file and
-- expects it to match the migrated one exactly (tables, columns, indexes,
-- constraints, enums, row-level security, policies, privileges, triggers and
-- functions).
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch";

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

-- ===========================================================================
-- Billing (issue 6, docs/adr/0012): organization-owned billing tables under
-- forced row-level security like the other tenant tables; the processed
-- webhook events belong to no organization and only the platform role (the
-- webhook handler, withPlatform) may read or add them.
-- ===========================================================================
ALTER TABLE "billing_accounts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "billing_accounts" FORCE ROW LEVEL SECURITY;
ALTER TABLE "usage_counters" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "usage_counters" FORCE ROW LEVEL SECURITY;
ALTER TABLE "usage_reports" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "usage_reports" FORCE ROW LEVEL SECURITY;
ALTER TABLE "billing_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "billing_events" FORCE ROW LEVEL SECURITY;

CREATE POLICY "tenant_isolation" ON "billing_accounts" FOR ALL TO "priceline_app"
    USING ("organization_id" = "tenancy_current_org_id"()) WITH CHECK ("organization_id" = "tenancy_current_org_id"());
CREATE POLICY "tenant_isolation" ON "usage_counters" FOR ALL TO "priceline_app"
    USING ("organization_id" = "tenancy_current_org_id"()) WITH CHECK ("organization_id" = "tenancy_current_org_id"());
CREATE POLICY "tenant_isolation" ON "usage_reports" FOR ALL TO "priceline_app"
    USING ("organization_id" = "tenancy_current_org_id"()) WITH CHECK ("organization_id" = "tenancy_current_org_id"());

CREATE POLICY "platform_access" ON "billing_accounts" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "usage_counters" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "usage_reports" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);
CREATE POLICY "platform_access" ON "billing_events" FOR ALL TO "priceline_platform" USING (true) WITH CHECK (true);

GRANT SELECT, INSERT, UPDATE, DELETE ON "billing_accounts", "usage_counters", "usage_reports" TO "priceline_app", "priceline_platform";
GRANT SELECT, INSERT ON "billing_events" TO "priceline_platform";
