-- Database objects that schema.prisma cannot declare (extensions). Each is also
-- created by a migration in prisma/migrations; the migrations test builds a
-- database from schema.prisma plus this file and expects it to match the
-- migrated one exactly.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch";
