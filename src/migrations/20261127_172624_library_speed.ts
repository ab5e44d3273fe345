import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "library_index_version" (
  	"id" integer PRIMARY KEY NOT NULL,
  	"version" uuid NOT NULL
  );
  
  ALTER TABLE "library_index" ADD COLUMN "rank_search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')) STORED NOT NULL;
  CREATE INDEX "action_actor_case_createdAt_idx" ON "access_events" USING btree ("action","actor_id","case_id","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "library_index_version" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "library_index_version" CASCADE;
  DROP INDEX "action_actor_case_createdAt_idx";
  ALTER TABLE "library_index" DROP COLUMN "rank_search";`)
}
