import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_access_events_action" ADD VALUE 'import';
  ALTER TABLE "cases" ADD COLUMN "intake_date" timestamp(3) with time zone;
  ALTER TABLE "cases" ADD COLUMN "imported_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "access_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_access_events_action";
  CREATE TYPE "public"."enum_access_events_action" AS ENUM('view-library', 'open-resource', 'download', 'share', 'invite', 'unshare', 'transfer', 'outcome-added', 'export', 'view-expert-library', 'decision-resource');
  ALTER TABLE "access_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_access_events_action" USING "action"::"public"."enum_access_events_action";
  ALTER TABLE "cases" DROP COLUMN "intake_date";
  ALTER TABLE "cases" DROP COLUMN "imported_at";`)
}
