-- Reshapes the price tables into the CMS structure and for fast loads
-- (docs/adr/0006): items carry their codes and search lexemes; standard_charges
-- holds one row per item and setting (gross, cash, min/max) with its payer
-- charges as parallel arrays; payer_plans names each file's payers and plans
-- once, numbered per file. Existing rows are carried over.

-- Items: codes move in from item_codes, words are searched by full-text lexemes
-- (GIN) instead of trigrams, item_key is only joined per file, and foreign keys
-- and the id sequence go (docs/adr/0005, 0006).
DROP INDEX "items_hospital_id_item_key_idx";
DROP INDEX "items_description_trgm_idx";
ALTER TABLE "items" DROP CONSTRAINT "items_hospital_id_fkey";
ALTER TABLE "items" DROP CONSTRAINT "items_mrf_file_id_fkey";
ALTER TABLE "items" ALTER COLUMN "id" DROP DEFAULT;
DROP SEQUENCE IF EXISTS "items_id_seq";
ALTER TABLE "items" ADD COLUMN "codes" TEXT[], ADD COLUMN "code_types" TEXT[], ADD COLUMN "search" tsvector;

UPDATE "items" i
   SET "codes" = c."codes", "code_types" = c."code_types"
  FROM (SELECT "hospital_id", "item_id", array_agg(upper("code") ORDER BY "position") AS "codes",
               array_agg(upper("code_type") ORDER BY "position") AS "code_types"
          FROM "item_codes" GROUP BY "hospital_id", "item_id") c
 WHERE c."hospital_id" = i."hospital_id" AND c."item_id" = i."id";
-- New loads compute lexemes with lib/search/lexemes.ts (Porter stems, and a
-- "#CODE" lexeme per code); for rows already here PostgreSQL's English stemmer
-- is the closest match in SQL. Files loaded again get exact lexemes.
UPDATE "items" SET "search" = to_tsvector('english', "description")
  || array_to_tsvector(coalesce(ARRAY(SELECT '#' || c FROM unnest("codes") c), '{}'));
DROP TABLE "item_codes";

CREATE INDEX "items_search_idx" ON "items" USING GIN ("search");

CREATE TABLE "payer_plans" (
    "hospital_id" INTEGER NOT NULL,
    "mrf_file_id" INTEGER NOT NULL,
    "plan_no" INTEGER NOT NULL,
    "payer_name" TEXT NOT NULL,
    "plan_name" TEXT,

    CONSTRAINT "payer_plans_pkey" PRIMARY KEY ("hospital_id","mrf_file_id","plan_no")
);
CREATE INDEX "payer_plans_payer_name_idx" ON "payer_plans"("payer_name");
ALTER TABLE "payer_plans" ADD CONSTRAINT "payer_plans_mrf_file_id_fkey" FOREIGN KEY ("mrf_file_id") REFERENCES "mrf_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The old rows wait in a temporary table, so that the new table owns its names
-- (primary key and, on PostgreSQL 18, its named NOT NULL constraints).
CREATE TEMPORARY TABLE "standard_charges_old" AS SELECT * FROM "standard_charges";
DROP TABLE "standard_charges";

CREATE TABLE "standard_charges" (
    "hospital_id" INTEGER NOT NULL,
    "id" BIGINT NOT NULL,
    "item_id" BIGINT NOT NULL,
    "mrf_file_id" INTEGER NOT NULL,
    "setting" TEXT NOT NULL,
    "modifiers" TEXT,
    "drug_unit" DECIMAL(18,4),
    "drug_unit_type" TEXT,
    "gross" DECIMAL(14,2),
    "discounted_cash" DECIMAL(14,2),
    "minimum" DECIMAL(14,2),
    "maximum" DECIMAL(14,2),
    "generic_notes" TEXT,
    "billing_class" TEXT,
    "plan_nos" INTEGER[],
    "negotiated_dollars" DECIMAL(14,2)[],
    "negotiated_percentages" DECIMAL(14,4)[],
    "negotiated_algorithms" TEXT[],
    "methodologies" TEXT[],
    "median_amounts" DECIMAL(14,2)[],
    "percentiles_10" DECIMAL(14,2)[],
    "percentiles_90" DECIMAL(14,2)[],
    "allowed_counts" TEXT[],
    "payer_notes" TEXT[],

    CONSTRAINT "standard_charges_pkey" PRIMARY KEY ("hospital_id","item_id","id")
);

-- Carry existing rows over: old rows sharing an item, setting, amounts and notes
-- become one standard charge, their payers its payer charges, in row order.
INSERT INTO "payer_plans" ("hospital_id", "mrf_file_id", "plan_no", "payer_name", "plan_name")
SELECT "hospital_id", "mrf_file_id",
       row_number() OVER (PARTITION BY "hospital_id", "mrf_file_id" ORDER BY "payer_name", "plan_name" NULLS FIRST)::int,
       "payer_name", "plan_name"
  FROM (SELECT DISTINCT "hospital_id", "mrf_file_id", "payer_name", "plan_name"
          FROM "standard_charges_old" WHERE "payer_name" IS NOT NULL) p;

INSERT INTO "standard_charges"
SELECT g."hospital_id",
       "mrf_file_id"::bigint * 10000000000 + row_number() OVER (PARTITION BY g."mrf_file_id" ORDER BY g."first_id"),
       g."item_id", g."mrf_file_id", g."setting", g."modifiers", g."drug_unit", g."drug_unit_type", g."gross",
       g."discounted_cash", g."minimum", g."maximum", g."generic_notes", g."billing_class",
       g."plan_nos",
       CASE WHEN g."any_dollar" THEN g."negotiated_dollars" END,
       CASE WHEN g."any_percentage" THEN g."negotiated_percentages" END,
       CASE WHEN g."any_algorithm" THEN g."negotiated_algorithms" END,
       CASE WHEN g."any_methodology" THEN g."methodologies" END,
       CASE WHEN g."any_median" THEN g."median_amounts" END,
       CASE WHEN g."any_p10" THEN g."percentiles_10" END,
       CASE WHEN g."any_p90" THEN g."percentiles_90" END,
       CASE WHEN g."any_count" THEN g."allowed_counts" END,
       CASE WHEN g."any_notes" THEN g."payer_notes" END
  FROM (
    SELECT sc."hospital_id", sc."item_id", sc."mrf_file_id", sc."setting", sc."modifiers", sc."drug_unit",
           sc."drug_unit_type", sc."gross", sc."discounted_cash", sc."minimum", sc."maximum", sc."generic_notes",
           sc."billing_class", min(sc."id") AS "first_id",
           array_agg(pp."plan_no" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "plan_nos",
           array_agg(sc."negotiated_dollar" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "negotiated_dollars",
           array_agg(sc."negotiated_percentage" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "negotiated_percentages",
           array_agg(sc."negotiated_algorithm" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "negotiated_algorithms",
           array_agg(sc."methodology" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "methodologies",
           array_agg(sc."median_amount" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "median_amounts",
           array_agg(sc."percentile_10" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "percentiles_10",
           array_agg(sc."percentile_90" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "percentiles_90",
           array_agg(sc."allowed_count" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "allowed_counts",
           array_agg(sc."payer_notes" ORDER BY sc."id") FILTER (WHERE pp."plan_no" IS NOT NULL) AS "payer_notes",
           bool_or(sc."negotiated_dollar" IS NOT NULL) AS "any_dollar",
           bool_or(sc."negotiated_percentage" IS NOT NULL) AS "any_percentage",
           bool_or(sc."negotiated_algorithm" IS NOT NULL) AS "any_algorithm",
           bool_or(sc."methodology" IS NOT NULL) AS "any_methodology",
           bool_or(sc."median_amount" IS NOT NULL) AS "any_median",
           bool_or(sc."percentile_10" IS NOT NULL) AS "any_p10",
           bool_or(sc."percentile_90" IS NOT NULL) AS "any_p90",
           bool_or(sc."allowed_count" IS NOT NULL) AS "any_count",
           bool_or(sc."payer_notes" IS NOT NULL) AS "any_notes"
      FROM "standard_charges_old" sc
      LEFT JOIN "payer_plans" pp ON pp."hospital_id" = sc."hospital_id" AND pp."mrf_file_id" = sc."mrf_file_id"
       AND pp."payer_name" = sc."payer_name" AND pp."plan_name" IS NOT DISTINCT FROM sc."plan_name"
     GROUP BY sc."hospital_id", sc."item_id", sc."mrf_file_id", sc."setting", sc."modifiers", sc."drug_unit",
              sc."drug_unit_type", sc."gross", sc."discounted_cash", sc."minimum", sc."maximum", sc."generic_notes",
              sc."billing_class"
  ) g;

DROP TABLE "standard_charges_old";
