-- Session security (issue 5): how each session was opened (magic link or an organization's SSO),
-- when it was last used (organizations' idle timeouts), whether its TOTP code was checked, and
-- the last TOTP step accepted per user (no code accepted twice).

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "totp_last_step" BIGINT;

-- AlterTable
ALTER TABLE "sessions" ADD COLUMN     "auth_method" TEXT NOT NULL DEFAULT 'email',
ADD COLUMN     "last_active_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "second_factor_at" TIMESTAMPTZ(3),
ADD COLUMN     "sso_organization_id" UUID;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_sso_organization_id_fkey" FOREIGN KEY ("sso_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
