import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_decision_documents_status" AS ENUM('new', 'redaction-in-progress', 'redacted', 'not-shareable');
  ALTER TABLE "decision_documents" ADD COLUMN "status" "enum_decision_documents_status" DEFAULT 'new';
  ALTER TABLE "decision_documents" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "experts" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "_experts_v" ADD COLUMN "version_assignee_id" integer;
  ALTER TABLE "assistance_requests" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "assistance_requests" ADD COLUMN "staff_reply" varchar;
  ALTER TABLE "assistance_requests" ADD COLUMN "staff_replied_at" timestamp(3) with time zone;
  ALTER TABLE "resource_submissions" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "feedback" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "users" ADD COLUMN "staff_alerts_new_request_with_deadline" boolean DEFAULT true;
  ALTER TABLE "users" ADD COLUMN "staff_alerts_new_resource_submission" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "staff_alerts_expert_profile_submitted" boolean DEFAULT false;
  ALTER TABLE "decision_documents" ADD CONSTRAINT "decision_documents_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experts" ADD CONSTRAINT "experts_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_experts_v" ADD CONSTRAINT "_experts_v_version_assignee_id_users_id_fk" FOREIGN KEY ("version_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resource_submissions" ADD CONSTRAINT "resource_submissions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "decision_documents_status_idx" ON "decision_documents" USING btree ("status");
  CREATE INDEX "decision_documents_assignee_idx" ON "decision_documents" USING btree ("assignee_id");
  CREATE INDEX "experts_assignee_idx" ON "experts" USING btree ("assignee_id");
  CREATE INDEX "_experts_v_version_version_assignee_idx" ON "_experts_v" USING btree ("version_assignee_id");
  CREATE INDEX "assistance_requests_assignee_idx" ON "assistance_requests" USING btree ("assignee_id");
  CREATE INDEX "assistance_requests_staff_replied_at_idx" ON "assistance_requests" USING btree ("staff_replied_at");
  CREATE INDEX "resource_submissions_assignee_idx" ON "resource_submissions" USING btree ("assignee_id");
  CREATE INDEX "feedback_assignee_idx" ON "feedback" USING btree ("assignee_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "decision_documents" DROP CONSTRAINT "decision_documents_assignee_id_users_id_fk";
  
  ALTER TABLE "experts" DROP CONSTRAINT "experts_assignee_id_users_id_fk";
  
  ALTER TABLE "_experts_v" DROP CONSTRAINT "_experts_v_version_assignee_id_users_id_fk";
  
  ALTER TABLE "assistance_requests" DROP CONSTRAINT "assistance_requests_assignee_id_users_id_fk";
  
  ALTER TABLE "resource_submissions" DROP CONSTRAINT "resource_submissions_assignee_id_users_id_fk";
  
  ALTER TABLE "feedback" DROP CONSTRAINT "feedback_assignee_id_users_id_fk";
  
  DROP INDEX "decision_documents_status_idx";
  DROP INDEX "decision_documents_assignee_idx";
  DROP INDEX "experts_assignee_idx";
  DROP INDEX "_experts_v_version_version_assignee_idx";
  DROP INDEX "assistance_requests_assignee_idx";
  DROP INDEX "assistance_requests_staff_replied_at_idx";
  DROP INDEX "resource_submissions_assignee_idx";
  DROP INDEX "feedback_assignee_idx";
  ALTER TABLE "decision_documents" DROP COLUMN "status";
  ALTER TABLE "decision_documents" DROP COLUMN "assignee_id";
  ALTER TABLE "experts" DROP COLUMN "assignee_id";
  ALTER TABLE "_experts_v" DROP COLUMN "version_assignee_id";
  ALTER TABLE "assistance_requests" DROP COLUMN "assignee_id";
  ALTER TABLE "assistance_requests" DROP COLUMN "staff_reply";
  ALTER TABLE "assistance_requests" DROP COLUMN "staff_replied_at";
  ALTER TABLE "resource_submissions" DROP COLUMN "assignee_id";
  ALTER TABLE "feedback" DROP COLUMN "assignee_id";
  ALTER TABLE "users" DROP COLUMN "staff_alerts_new_request_with_deadline";
  ALTER TABLE "users" DROP COLUMN "staff_alerts_new_resource_submission";
  ALTER TABLE "users" DROP COLUMN "staff_alerts_expert_profile_submitted";
  DROP TYPE "public"."enum_decision_documents_status";`)
}
