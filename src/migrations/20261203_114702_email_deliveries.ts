import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "email_deliveries" (
  	"key" varchar(200) PRIMARY KEY NOT NULL,
  	"message_id" varchar(300) NOT NULL,
  	"status" varchar(10) NOT NULL,
  	"attempts" integer DEFAULT 1 NOT NULL,
  	"claim_token" uuid NOT NULL,
  	"claimed_at" timestamp with time zone NOT NULL,
  	"sent_at" timestamp with time zone,
  	"last_error" text,
  	"created_at" timestamp with time zone DEFAULT now() NOT NULL
  );
  
  CREATE INDEX "email_deliveries_created_at_idx" ON "email_deliveries" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "email_deliveries" CASCADE;`)
}
