-- Billing with Stripe (issue 6, docs/adr/0012): the billing state mirrored from Stripe per
-- organization, the webhook events already processed, metered use per month and the batches
-- reported to Stripe's billing meter; then their row-level security and grants.

-- CreateTable
CREATE TABLE "billing_accounts" (
    "organization_id" UUID NOT NULL,
    "stripe_customer_id" TEXT,
    "stripe_subscription_id" TEXT,
    "plan" TEXT NOT NULL DEFAULT 'free',
    "status" TEXT NOT NULL DEFAULT 'none',
    "seat_item_id" TEXT,
    "seats_paid" INTEGER NOT NULL DEFAULT 0,
    "current_period_start" TIMESTAMPTZ(3),
    "current_period_end" TIMESTAMPTZ(3),
    "trial_ends_at" TIMESTAMPTZ(3),
    "cancel_at_period_end" BOOLEAN NOT NULL DEFAULT false,
    "past_due_since" TIMESTAMPTZ(3),
    "grace_ends_at" TIMESTAMPTZ(3),
    "billing_email" TEXT,
    "stripe_synced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "billing_accounts_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "billing_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "stripe_created_at" TIMESTAMPTZ(3) NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "usage_counters" (
    "organization_id" UUID NOT NULL,
    "metric" TEXT NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "reported" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "usage_counters_pkey" PRIMARY KEY ("organization_id","metric","period_start")
);

-- CreateTable
CREATE TABLE "usage_reports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "period_start" TIMESTAMPTZ(3) NOT NULL,
    "quantity" INTEGER NOT NULL,
    "stripe_customer_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "usage_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "billing_accounts_stripe_customer_id_key" ON "billing_accounts"("stripe_customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_accounts_stripe_subscription_id_key" ON "billing_accounts"("stripe_subscription_id");

-- CreateIndex
CREATE INDEX "usage_reports_organization_id_idx" ON "usage_reports"("organization_id");

-- CreateIndex
CREATE INDEX "usage_reports_sent_at_idx" ON "usage_reports"("sent_at");

-- AddForeignKey
ALTER TABLE "billing_accounts" ADD CONSTRAINT "billing_accounts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "usage_reports" ADD CONSTRAINT "usage_reports_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
