-- Database objects that schema.prisma cannot declare (extensions, expression
-- indexes). Each is also created by a migration in prisma/migrations; the
-- migrations test builds a database from schema.prisma plus this file and
-- expects it to match the migrated one exactly.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- Word search on item descriptions (lib/search/terms.ts DESCRIPTION_TSVECTOR, which
-- must stay the same expression): full-text, English stemming; slashes and dots
-- split words ("abd/pelvis", "inj.") that PostgreSQL's parser would keep whole.
CREATE INDEX "items_description_fts_idx" ON "items" USING GIN (to_tsvector('english', translate("description", '/.', '  ')));
