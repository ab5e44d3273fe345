import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "resource_submissions" ADD COLUMN "staff_reply" varchar;
  ALTER TABLE "resource_submissions" ADD COLUMN "staff_replied_at" timestamp(3) with time zone;
  ALTER TABLE "feedback" ADD COLUMN "staff_reply" varchar;
  ALTER TABLE "feedback" ADD COLUMN "staff_replied_at" timestamp(3) with time zone;
  CREATE INDEX "resource_submissions_staff_replied_at_idx" ON "resource_submissions" USING btree ("staff_replied_at");
  CREATE INDEX "feedback_staff_replied_at_idx" ON "feedback" USING btree ("staff_replied_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "resource_submissions_staff_replied_at_idx";
  DROP INDEX "feedback_staff_replied_at_idx";
  ALTER TABLE "resource_submissions" DROP COLUMN "staff_reply";
  ALTER TABLE "resource_submissions" DROP COLUMN "staff_replied_at";
  ALTER TABLE "feedback" DROP COLUMN "staff_reply";
  ALTER TABLE "feedback" DROP COLUMN "staff_replied_at";`)
}
