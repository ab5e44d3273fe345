import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { nameKeyOf } from '../collections/Vocabularies/nameKey'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_access_events_action" ADD VALUE 'merge';
  ALTER TABLE "courts" ADD COLUMN "verified" boolean DEFAULT true;
  ALTER TABLE "courts" ADD COLUMN "name_key" varchar;
  ALTER TABLE "adjudicators" ADD COLUMN "verified" boolean DEFAULT true;
  ALTER TABLE "adjudicators" ADD COLUMN "name_key" varchar;
  CREATE INDEX "courts_verified_idx" ON "courts" USING btree ("verified");
  CREATE INDEX "courts_name_key_idx" ON "courts" USING btree ("name_key");
  CREATE INDEX "adjudicators_verified_idx" ON "adjudicators" USING btree ("verified");
  CREATE INDEX "adjudicators_name_key_idx" ON "adjudicators" USING btree ("name_key");`)
  // Rows from before this migration get the key a save would give them, so a typed "not listed"
  // name finds an existing court or judge instead of adding a duplicate.
  for (const table of ['courts', 'adjudicators'] as const) {
    const { rows } = (await db.execute(
      sql`SELECT id, name FROM ${sql.identifier(table)} WHERE name_key IS NULL`,
    )) as unknown as { rows: { id: number; name: string }[] }
    for (const row of rows) {
      await db.execute(
        sql`UPDATE ${sql.identifier(table)} SET name_key = ${nameKeyOf(row.name)} WHERE id = ${row.id}`,
      )
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "access_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_access_events_action";
  CREATE TYPE "public"."enum_access_events_action" AS ENUM('view-library', 'open-resource', 'download', 'share', 'invite', 'unshare', 'transfer', 'outcome-added', 'export', 'view-expert-library', 'decision-resource', 'import');
  ALTER TABLE "access_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_access_events_action" USING "action"::"public"."enum_access_events_action";
  DROP INDEX "courts_verified_idx";
  DROP INDEX "courts_name_key_idx";
  DROP INDEX "adjudicators_verified_idx";
  DROP INDEX "adjudicators_name_key_idx";
  ALTER TABLE "courts" DROP COLUMN "verified";
  ALTER TABLE "courts" DROP COLUMN "name_key";
  ALTER TABLE "adjudicators" DROP COLUMN "verified";
  ALTER TABLE "adjudicators" DROP COLUMN "name_key";`)
}
