import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_experts_review_log_decision" AS ENUM('draft', 'submitted', 'changes-requested', 'approved', 'rejected');
  CREATE TYPE "public"."enum_experts_review_status" AS ENUM('draft', 'submitted', 'changes-requested', 'approved', 'rejected');
  CREATE TYPE "public"."enum__experts_v_version_expert_types" AS ENUM('country-conditions', 'mental-health', 'forensic-medical', 'clinic-or-organization');
  CREATE TYPE "public"."enum__experts_v_version_testimony_kinds" AS ENUM('written-declaration', 'oral-testimony');
  CREATE TYPE "public"."enum__experts_v_version_review_log_decision" AS ENUM('draft', 'submitted', 'changes-requested', 'approved', 'rejected');
  CREATE TYPE "public"."enum__experts_v_version_review_status" AS ENUM('draft', 'submitted', 'changes-requested', 'approved', 'rejected');
  CREATE TYPE "public"."enum__experts_v_version_fees" AS ENUM('pro-bono', 'reduced-fee', 'standard-fee');
  CREATE TYPE "public"."enum__experts_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "expert_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_name" varchar,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "experts_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"decision" "enum_experts_review_log_decision",
  	"message" varchar,
  	"reviewer_id" integer,
  	"decided_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_experts_v_version_expert_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__experts_v_version_expert_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_experts_v_version_testimony_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__experts_v_version_testimony_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_experts_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"decision" "enum__experts_v_version_review_log_decision",
  	"message" varchar,
  	"reviewer_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_experts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_user_id" integer,
  	"version_review_status" "enum__experts_v_version_review_status" DEFAULT 'draft',
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_review_message" varchar,
  	"version_display_name" varchar,
  	"version_credentials" varchar,
  	"version_cv_id" integer,
  	"version_fees" "enum__experts_v_version_fees",
  	"version_fee_notes" varchar,
  	"version_location" varchar,
  	"version_is_remote_available" boolean DEFAULT true,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_website" varchar,
  	"version_staff_notes" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__experts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_experts_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_experts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" integer,
  	"topics_id" integer,
  	"persecution_types_id" integer
  );
  
  -- Hand-corrected: the vetting status column and its enum make way for Payload's _status
  -- (drizzle-kit reused the enum name and altered _status before creating it). Approved
  -- profiles are carried over below as published.
  ALTER TABLE "experts" RENAME COLUMN "status" TO "legacy_status";
  ALTER TABLE "experts" ALTER COLUMN "legacy_status" SET DATA TYPE text;
  ALTER TABLE "experts" ALTER COLUMN "legacy_status" DROP DEFAULT;
  DROP INDEX "experts_status_idx";
  DROP TYPE "public"."enum_experts_status";
  CREATE TYPE "public"."enum_experts_status" AS ENUM('draft', 'published');
  ALTER TABLE "experts" ALTER COLUMN "user_id" DROP NOT NULL;
  ALTER TABLE "experts" ALTER COLUMN "display_name" DROP NOT NULL;
  ALTER TABLE "experts" ADD COLUMN "review_status" "enum_experts_review_status" DEFAULT 'draft';
  ALTER TABLE "experts" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "experts" ADD COLUMN "review_message" varchar;
  ALTER TABLE "experts" ADD COLUMN "cv_id" integer;
  ALTER TABLE "experts" ADD COLUMN "fee_notes" varchar;
  ALTER TABLE "experts" ADD COLUMN "_status" "enum_experts_status" DEFAULT 'draft';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "expert_documents_id" integer;
  ALTER TABLE "expert_documents" ADD CONSTRAINT "expert_documents_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experts_review_log" ADD CONSTRAINT "experts_review_log_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experts_review_log" ADD CONSTRAINT "experts_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_experts_v_version_expert_types" ADD CONSTRAINT "_experts_v_version_expert_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_experts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_experts_v_version_testimony_kinds" ADD CONSTRAINT "_experts_v_version_testimony_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_experts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_experts_v_version_review_log" ADD CONSTRAINT "_experts_v_version_review_log_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_experts_v_version_review_log" ADD CONSTRAINT "_experts_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_experts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_experts_v" ADD CONSTRAINT "_experts_v_parent_id_experts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_experts_v" ADD CONSTRAINT "_experts_v_version_user_id_users_id_fk" FOREIGN KEY ("version_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_experts_v" ADD CONSTRAINT "_experts_v_version_cv_id_expert_documents_id_fk" FOREIGN KEY ("version_cv_id") REFERENCES "public"."expert_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_experts_v_texts" ADD CONSTRAINT "_experts_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_experts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_experts_v_rels" ADD CONSTRAINT "_experts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_experts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_experts_v_rels" ADD CONSTRAINT "_experts_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_experts_v_rels" ADD CONSTRAINT "_experts_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_experts_v_rels" ADD CONSTRAINT "_experts_v_rels_persecution_types_fk" FOREIGN KEY ("persecution_types_id") REFERENCES "public"."persecution_types"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "expert_documents_uploaded_by_idx" ON "expert_documents" USING btree ("uploaded_by_id");
  CREATE INDEX "expert_documents_updated_at_idx" ON "expert_documents" USING btree ("updated_at");
  CREATE INDEX "expert_documents_created_at_idx" ON "expert_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "expert_documents_filename_idx" ON "expert_documents" USING btree ("filename");
  CREATE INDEX "experts_review_log_order_idx" ON "experts_review_log" USING btree ("_order");
  CREATE INDEX "experts_review_log_parent_id_idx" ON "experts_review_log" USING btree ("_parent_id");
  CREATE INDEX "experts_review_log_reviewer_idx" ON "experts_review_log" USING btree ("reviewer_id");
  CREATE INDEX "_experts_v_version_expert_types_order_idx" ON "_experts_v_version_expert_types" USING btree ("order");
  CREATE INDEX "_experts_v_version_expert_types_parent_idx" ON "_experts_v_version_expert_types" USING btree ("parent_id");
  CREATE INDEX "_experts_v_version_testimony_kinds_order_idx" ON "_experts_v_version_testimony_kinds" USING btree ("order");
  CREATE INDEX "_experts_v_version_testimony_kinds_parent_idx" ON "_experts_v_version_testimony_kinds" USING btree ("parent_id");
  CREATE INDEX "_experts_v_version_review_log_order_idx" ON "_experts_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_experts_v_version_review_log_parent_id_idx" ON "_experts_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_experts_v_version_review_log_reviewer_idx" ON "_experts_v_version_review_log" USING btree ("reviewer_id");
  CREATE INDEX "_experts_v_parent_idx" ON "_experts_v" USING btree ("parent_id");
  CREATE INDEX "_experts_v_version_version_user_idx" ON "_experts_v" USING btree ("version_user_id");
  CREATE INDEX "_experts_v_version_version_review_status_idx" ON "_experts_v" USING btree ("version_review_status");
  CREATE INDEX "_experts_v_version_version_submitted_at_idx" ON "_experts_v" USING btree ("version_submitted_at");
  CREATE INDEX "_experts_v_version_version_cv_idx" ON "_experts_v" USING btree ("version_cv_id");
  CREATE INDEX "_experts_v_version_version_updated_at_idx" ON "_experts_v" USING btree ("version_updated_at");
  CREATE INDEX "_experts_v_version_version_created_at_idx" ON "_experts_v" USING btree ("version_created_at");
  CREATE INDEX "_experts_v_version_version__status_idx" ON "_experts_v" USING btree ("version__status");
  CREATE INDEX "_experts_v_created_at_idx" ON "_experts_v" USING btree ("created_at");
  CREATE INDEX "_experts_v_updated_at_idx" ON "_experts_v" USING btree ("updated_at");
  CREATE INDEX "_experts_v_latest_idx" ON "_experts_v" USING btree ("latest");
  CREATE INDEX "_experts_v_texts_order_parent" ON "_experts_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_experts_v_rels_order_idx" ON "_experts_v_rels" USING btree ("order");
  CREATE INDEX "_experts_v_rels_parent_idx" ON "_experts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_experts_v_rels_path_idx" ON "_experts_v_rels" USING btree ("path");
  CREATE INDEX "_experts_v_rels_countries_id_idx" ON "_experts_v_rels" USING btree ("countries_id");
  CREATE INDEX "_experts_v_rels_topics_id_idx" ON "_experts_v_rels" USING btree ("topics_id");
  CREATE INDEX "_experts_v_rels_persecution_types_id_idx" ON "_experts_v_rels" USING btree ("persecution_types_id");
  ALTER TABLE "experts" ADD CONSTRAINT "experts_cv_id_expert_documents_id_fk" FOREIGN KEY ("cv_id") REFERENCES "public"."expert_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_expert_documents_fk" FOREIGN KEY ("expert_documents_id") REFERENCES "public"."expert_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "experts_review_status_idx" ON "experts" USING btree ("review_status");
  CREATE INDEX "experts_submitted_at_idx" ON "experts" USING btree ("submitted_at");
  CREATE INDEX "experts_cv_idx" ON "experts" USING btree ("cv_id");
  CREATE INDEX "experts__status_idx" ON "experts" USING btree ("_status");
  CREATE INDEX "payload_locked_documents_rels_expert_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("expert_documents_id");
  UPDATE "experts" SET "review_status" = "legacy_status"::"enum_experts_review_status",
    "_status" = CASE WHEN "legacy_status" = 'approved' THEN 'published' ELSE 'draft' END::"enum_experts_status";
  ALTER TABLE "experts" DROP COLUMN "legacy_status";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "expert_documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "experts_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_experts_v_version_expert_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_experts_v_version_testimony_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_experts_v_version_review_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_experts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_experts_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_experts_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "expert_documents" CASCADE;
  DROP TABLE "experts_review_log" CASCADE;
  DROP TABLE "_experts_v_version_expert_types" CASCADE;
  DROP TABLE "_experts_v_version_testimony_kinds" CASCADE;
  DROP TABLE "_experts_v_version_review_log" CASCADE;
  DROP TABLE "_experts_v" CASCADE;
  DROP TABLE "_experts_v_texts" CASCADE;
  DROP TABLE "_experts_v_rels" CASCADE;
  ALTER TABLE "experts" DROP CONSTRAINT "experts_cv_id_expert_documents_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_expert_documents_fk";
  
  -- Hand-corrected, as in up(): the enum name returns to the vetting status values.
  ALTER TABLE "experts" ALTER COLUMN "_status" SET DATA TYPE text;
  ALTER TABLE "experts" ALTER COLUMN "_status" DROP DEFAULT;
  DROP TYPE "public"."enum_experts_status";
  CREATE TYPE "public"."enum_experts_status" AS ENUM('draft', 'submitted', 'changes-requested', 'approved', 'rejected');
  DROP INDEX "experts_review_status_idx";
  DROP INDEX "experts_submitted_at_idx";
  DROP INDEX "experts_cv_idx";
  DROP INDEX "experts__status_idx";
  DROP INDEX "payload_locked_documents_rels_expert_documents_id_idx";
  ALTER TABLE "experts" ALTER COLUMN "user_id" SET NOT NULL;
  ALTER TABLE "experts" ALTER COLUMN "display_name" SET NOT NULL;
  ALTER TABLE "experts" ADD COLUMN "status" "enum_experts_status" DEFAULT 'draft' NOT NULL;
  UPDATE "experts" SET "status" = "review_status"::text::"enum_experts_status";
  CREATE INDEX "experts_status_idx" ON "experts" USING btree ("status");
  ALTER TABLE "experts" DROP COLUMN "review_status";
  ALTER TABLE "experts" DROP COLUMN "submitted_at";
  ALTER TABLE "experts" DROP COLUMN "review_message";
  ALTER TABLE "experts" DROP COLUMN "cv_id";
  ALTER TABLE "experts" DROP COLUMN "fee_notes";
  ALTER TABLE "experts" DROP COLUMN "_status";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "expert_documents_id";
  DROP TYPE "public"."enum_experts_review_log_decision";
  DROP TYPE "public"."enum_experts_review_status";
  DROP TYPE "public"."enum__experts_v_version_expert_types";
  DROP TYPE "public"."enum__experts_v_version_testimony_kinds";
  DROP TYPE "public"."enum__experts_v_version_review_log_decision";
  DROP TYPE "public"."enum__experts_v_version_review_status";
  DROP TYPE "public"."enum__experts_v_version_fees";
  DROP TYPE "public"."enum__experts_v_version_status";`)
}
