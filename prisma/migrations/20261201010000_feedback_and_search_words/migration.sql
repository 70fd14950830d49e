-- Visitor feedback for the operators' queue, and the vocabulary of description
-- words that lets a misspelt search find the word meant (lib/search).

-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('helpful', 'not_helpful', 'wrong_price');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('new', 'reviewed', 'dismissed');

-- CreateTable
CREATE TABLE "feedback" (
    "id" SERIAL NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'new',
    "page" TEXT NOT NULL,
    "query" TEXT,
    "hospital_slug" TEXT,
    "service" TEXT,
    "shown_price" TEXT,
    "message" TEXT,
    "contact_email" TEXT,
    "locale" VARCHAR(5) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewed_at" TIMESTAMPTZ(3),

    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "feedback_status_created_at_idx" ON "feedback"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);


-- The words of what is already loaded (new loads add theirs: lib/ingest).
INSERT INTO "search_words" ("word")
SELECT DISTINCT w FROM "items", regexp_split_to_table(lower("description"), '[^a-z]+') AS w
 WHERE length(w) BETWEEN 3 AND 40
ON CONFLICT DO NOTHING;
