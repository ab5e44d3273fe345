import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_access_events_action" ADD VALUE 'decision-resource';
  ALTER TABLE "outcomes" ADD COLUMN "decision_resource_id" integer;
  ALTER TABLE "resources" ADD COLUMN "source_outcome_id" integer;
  ALTER TABLE "_resources_v" ADD COLUMN "version_source_outcome_id" integer;
  ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_decision_resource_id_resources_id_fk" FOREIGN KEY ("decision_resource_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_source_outcome_id_outcomes_id_fk" FOREIGN KEY ("source_outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_source_outcome_id_outcomes_id_fk" FOREIGN KEY ("version_source_outcome_id") REFERENCES "public"."outcomes"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "outcomes_decision_resource_idx" ON "outcomes" USING btree ("decision_resource_id");
  CREATE INDEX "resources_source_outcome_idx" ON "resources" USING btree ("source_outcome_id");
  CREATE INDEX "_resources_v_version_version_source_outcome_idx" ON "_resources_v" USING btree ("version_source_outcome_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outcomes" DROP CONSTRAINT "outcomes_decision_resource_id_resources_id_fk";
  
  ALTER TABLE "resources" DROP CONSTRAINT "resources_source_outcome_id_outcomes_id_fk";
  
  ALTER TABLE "_resources_v" DROP CONSTRAINT "_resources_v_version_source_outcome_id_outcomes_id_fk";
  
  ALTER TABLE "access_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_access_events_action";
  CREATE TYPE "public"."enum_access_events_action" AS ENUM('view-library', 'open-resource', 'download', 'share', 'invite', 'unshare', 'transfer', 'outcome-added', 'export', 'view-expert-library');
  ALTER TABLE "access_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_access_events_action" USING "action"::"public"."enum_access_events_action";
  DROP INDEX "outcomes_decision_resource_idx";
  DROP INDEX "resources_source_outcome_idx";
  DROP INDEX "_resources_v_version_version_source_outcome_idx";
  ALTER TABLE "outcomes" DROP COLUMN "decision_resource_id";
  ALTER TABLE "resources" DROP COLUMN "source_outcome_id";
  ALTER TABLE "_resources_v" DROP COLUMN "version_source_outcome_id";`)
}
