import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cases_rels" ADD COLUMN "experts_id" integer;
  ALTER TABLE "cases_rels" ADD CONSTRAINT "cases_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "cases_rels_experts_id_idx" ON "cases_rels" USING btree ("experts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cases_rels" DROP CONSTRAINT "cases_rels_experts_fk";
  
  DROP INDEX "cases_rels_experts_id_idx";
  ALTER TABLE "cases_rels" DROP COLUMN "experts_id";`)
}
