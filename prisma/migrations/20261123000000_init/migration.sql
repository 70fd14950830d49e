-- Trigram search on descriptions and hospital names needs pg_trgm.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MrfFormat" AS ENUM ('csv_tall', 'csv_wide', 'json', 'legacy');

-- CreateEnum
CREATE TYPE "IngestionMode" AS ENUM ('strict', 'lenient');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('succeeded', 'skipped', 'failed');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('added', 'removed', 'repriced');

-- CreateEnum
CREATE TYPE "IngestionStatus" AS ENUM ('pending', 'running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "hospitals" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "license_number" TEXT,
    "license_state" CHAR(2),
    "type_2_npis" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "hospitals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hospital_locations" (
    "id" SERIAL NOT NULL,
    "hospital_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "city" TEXT,
    "state" CHAR(2),
    "postal_code" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "hospital_locations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mrf_files" (
    "id" SERIAL NOT NULL,
    "hospital_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "cms_version" TEXT NOT NULL,
    "format" "MrfFormat" NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "byte_size" BIGINT NOT NULL,
    "last_updated_on" DATE NOT NULL,
    "attestation" BOOLEAN,
    "attester_name" TEXT,
    "general_contract_provisions" TEXT,
    "status" "IngestionStatus" NOT NULL DEFAULT 'pending',
    "row_count" INTEGER NOT NULL DEFAULT 0,
    "item_count" INTEGER NOT NULL DEFAULT 0,
    "error_message" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "previous_file_id" INTEGER,
    "added_count" INTEGER,
    "removed_count" INTEGER,
    "repriced_count" INTEGER,
    "quarantined_count" INTEGER NOT NULL DEFAULT 0,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "alert_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "mrf_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "items" (
    "hospital_id" INTEGER NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "mrf_file_id" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "item_key" TEXT NOT NULL,

    CONSTRAINT "items_pkey" PRIMARY KEY ("hospital_id","id")
);

-- CreateTable
CREATE TABLE "item_codes" (
    "hospital_id" INTEGER NOT NULL,
    "item_id" BIGINT NOT NULL,
    "position" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "code_type" TEXT NOT NULL,

    CONSTRAINT "item_codes_pkey" PRIMARY KEY ("hospital_id","item_id","position")
);

-- CreateTable
CREATE TABLE "standard_charges" (
    "hospital_id" INTEGER NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "item_id" BIGINT NOT NULL,
    "mrf_file_id" INTEGER NOT NULL,
    "setting" TEXT NOT NULL,
    "modifiers" TEXT,
    "drug_unit" DECIMAL(18,4),
    "drug_unit_type" TEXT,
    "gross" DECIMAL(14,2),
    "discounted_cash" DECIMAL(14,2),
    "payer_name" TEXT,
    "plan_name" TEXT,
    "negotiated_dollar" DECIMAL(14,2),
    "negotiated_percentage" DECIMAL(9,4),
    "negotiated_algorithm" TEXT,
    "methodology" TEXT,
    "minimum" DECIMAL(14,2),
    "maximum" DECIMAL(14,2),
    "median_amount" DECIMAL(14,2),
    "percentile_10" DECIMAL(14,2),
    "percentile_90" DECIMAL(14,2),
    "allowed_count" TEXT,
    "payer_notes" TEXT,
    "generic_notes" TEXT,
    "billing_class" TEXT,

    CONSTRAINT "standard_charges_pkey" PRIMARY KEY ("hospital_id","item_id","id")
);

-- CreateTable
CREATE TABLE "ingestion_runs" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL,
    "mode" "IngestionMode" NOT NULL,
    "hospital_id" INTEGER,
    "mrf_file_id" INTEGER,
    "cms_version" TEXT,
    "format" "MrfFormat",
    "content_hash" CHAR(64),
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "rows_read" INTEGER NOT NULL DEFAULT 0,
    "rows_loaded" INTEGER NOT NULL DEFAULT 0,
    "rows_quarantined" INTEGER NOT NULL DEFAULT 0,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "alert_count" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "message" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "ingestion_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quarantined_rows" (
    "hospital_id" INTEGER NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "mrf_file_id" INTEGER NOT NULL,
    "row" INTEGER NOT NULL,
    "reasons" JSONB NOT NULL,
    "raw" TEXT NOT NULL,

    CONSTRAINT "quarantined_rows_pkey" PRIMARY KEY ("hospital_id","id")
);

-- CreateTable
CREATE TABLE "charge_changes" (
    "hospital_id" INTEGER NOT NULL,
    "id" BIGSERIAL NOT NULL,
    "mrf_file_id" INTEGER NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "item_key" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "setting" TEXT NOT NULL,
    "payer_name" TEXT,
    "plan_name" TEXT,
    "old_amount" DECIMAL(14,2),
    "new_amount" DECIMAL(14,2),

    CONSTRAINT "charge_changes_pkey" PRIMARY KEY ("hospital_id","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "hospitals_slug_key" ON "hospitals"("slug");

-- CreateIndex
CREATE INDEX "hospitals_name_trgm_idx" ON "hospitals" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "hospital_locations_state_idx" ON "hospital_locations"("state");

-- CreateIndex
CREATE INDEX "hospital_locations_postal_code_idx" ON "hospital_locations"("postal_code");

-- CreateIndex
CREATE UNIQUE INDEX "hospital_locations_hospital_id_position_key" ON "hospital_locations"("hospital_id", "position");

-- CreateIndex
CREATE INDEX "mrf_files_hospital_id_last_updated_on_idx" ON "mrf_files"("hospital_id", "last_updated_on" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "mrf_files_hospital_id_content_hash_key" ON "mrf_files"("hospital_id", "content_hash");

-- CreateIndex
CREATE INDEX "items_mrf_file_id_idx" ON "items"("mrf_file_id");

-- CreateIndex
CREATE INDEX "items_hospital_id_item_key_idx" ON "items"("hospital_id", "item_key");

-- CreateIndex
CREATE INDEX "items_description_trgm_idx" ON "items" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "item_codes_code_code_type_idx" ON "item_codes"("code", "code_type");

-- CreateIndex
CREATE INDEX "ingestion_runs_started_at_idx" ON "ingestion_runs"("started_at" DESC);

-- CreateIndex
CREATE INDEX "ingestion_runs_hospital_id_idx" ON "ingestion_runs"("hospital_id");

-- CreateIndex
CREATE INDEX "quarantined_rows_mrf_file_id_idx" ON "quarantined_rows"("mrf_file_id");

-- CreateIndex
CREATE INDEX "charge_changes_mrf_file_id_kind_idx" ON "charge_changes"("mrf_file_id", "kind");

-- AddForeignKey
ALTER TABLE "hospital_locations" ADD CONSTRAINT "hospital_locations_hospital_id_fkey" FOREIGN KEY ("hospital_id") REFERENCES "hospitals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mrf_files" ADD CONSTRAINT "mrf_files_hospital_id_fkey" FOREIGN KEY ("hospital_id") REFERENCES "hospitals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mrf_files" ADD CONSTRAINT "mrf_files_previous_file_id_fkey" FOREIGN KEY ("previous_file_id") REFERENCES "mrf_files"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "items" ADD CONSTRAINT "items_hospital_id_fkey" FOREIGN KEY ("hospital_id") REFERENCES "hospitals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "items" ADD CONSTRAINT "items_mrf_file_id_fkey" FOREIGN KEY ("mrf_file_id") REFERENCES "mrf_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quarantined_rows" ADD CONSTRAINT "quarantined_rows_mrf_file_id_fkey" FOREIGN KEY ("mrf_file_id") REFERENCES "mrf_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charge_changes" ADD CONSTRAINT "charge_changes_mrf_file_id_fkey" FOREIGN KEY ("mrf_file_id") REFERENCES "mrf_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;
