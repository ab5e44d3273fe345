import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_cases_protected_grounds" AS ENUM('race', 'religion', 'nationality', 'particular-social-group', 'political-opinion');
  CREATE TYPE "public"."enum_cases_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_cases_detention" AS ENUM('detained', 'not-detained', 'unknown');
  CREATE TYPE "public"."enum_outcomes_results_result" AS ENUM('granted', 'denied', 'other-relief', 'pending');
  CREATE TYPE "public"."enum_outcomes_arguments" AS ENUM('psg-formulation', 'political-opinion', 'nexus', 'state-protection', 'internal-relocation', 'past-persecution', 'well-founded-fear', 'credibility', 'one-year-bar', 'cat-acquiescence', 'humanitarian-asylum', 'other');
  CREATE TYPE "public"."enum_outcomes_persuasive_evidence" AS ENUM('expert-testimony', 'country-conditions', 'medical-evaluation', 'psychological-evaluation', 'applicant-testimony', 'witness-declarations', 'documents-from-country', 'other');
  CREATE TYPE "public"."enum_resources_audience" AS ENUM('advocates', 'experts');
  CREATE TYPE "public"."enum_resources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__resources_v_version_audience" AS ENUM('advocates', 'experts');
  CREATE TYPE "public"."enum__resources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_program_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__program_news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_experts_expert_types" AS ENUM('country-conditions', 'mental-health', 'forensic-medical', 'clinic-or-organization');
  CREATE TYPE "public"."enum_experts_testimony_kinds" AS ENUM('written-declaration', 'oral-testimony');
  CREATE TYPE "public"."enum_experts_status" AS ENUM('draft', 'submitted', 'changes-requested', 'approved', 'rejected');
  CREATE TYPE "public"."enum_experts_fees" AS ENUM('pro-bono', 'reduced-fee', 'standard-fee');
  CREATE TYPE "public"."enum_assistance_requests_status" AS ENUM('new', 'in-progress', 'answered', 'declined');
  CREATE TYPE "public"."enum_resource_submissions_status" AS ENUM('new', 'accepted', 'declined');
  CREATE TYPE "public"."enum_feedback_category" AS ENUM('library', 'missing-resource', 'site-problem', 'other');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('new', 'triaged', 'done');
  CREATE TYPE "public"."enum_access_events_action" AS ENUM('view-library', 'open-resource', 'download', 'share', 'invite', 'unshare', 'transfer', 'outcome-added', 'export', 'view-expert-library');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'staff', 'advocate', 'expert');
  CREATE TYPE "public"."enum_users_advocate_type" AS ENUM('attorney', 'accredited-representative', 'paralegal', 'law-student', 'other');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('nonprofit', 'law-firm', 'clinic', 'solo', 'other');
  CREATE TYPE "public"."enum_topics_audience" AS ENUM('advocates', 'experts', 'both');
  CREATE TYPE "public"."enum_courts_kind" AS ENUM('immigration-court', 'asylum-office');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail', 'extractResourceText');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail', 'extractResourceText');
  CREATE TABLE "cases_protected_grounds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_cases_protected_grounds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "cases_deadlines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "cases_shares" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"invited_email" varchar,
  	"shared_by_id" integer,
  	"shared_at" timestamp(3) with time zone NOT NULL,
  	"attestation" boolean DEFAULT false NOT NULL
  );
  
  CREATE TABLE "cases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_number" varchar,
  	"status" "enum_cases_status" DEFAULT 'open',
  	"owner_id" integer NOT NULL,
  	"country_id" integer NOT NULL,
  	"procedural_stage_id" integer,
  	"court_id" integer,
  	"adjudicator_id" integer,
  	"next_hearing_date" timestamp(3) with time zone,
  	"detention" "enum_cases_detention" DEFAULT 'unknown',
  	"language" varchar,
  	"facts" varchar,
  	"legacy_import" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cases_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"persecution_types_id" integer,
  	"relief_types_id" integer
  );
  
  CREATE TABLE "outcomes_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"relief_id" integer NOT NULL,
  	"result" "enum_outcomes_results_result" NOT NULL
  );
  
  CREATE TABLE "outcomes_arguments" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outcomes_arguments",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outcomes_persuasive_evidence" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outcomes_persuasive_evidence",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outcomes_expert_feedback" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"expert_id" integer,
  	"expert_name" varchar,
  	"feedback" varchar,
  	"keep_confidential" boolean DEFAULT false
  );
  
  CREATE TABLE "outcomes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"reported_by_id" integer,
  	"decision_date" timestamp(3) with time zone NOT NULL,
  	"stage_id" integer,
  	"court_id" integer,
  	"adjudicator_id" integer,
  	"arguments_text" varchar,
  	"persuasive_evidence_text" varchar,
  	"rationale" varchar,
  	"decision_document_id" integer,
  	"contains_individualized_analysis" boolean DEFAULT false,
  	"client_permission" boolean DEFAULT false,
  	"permission_to_share" boolean DEFAULT false,
  	"additional_information" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "decision_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"original_name" varchar,
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
  
  CREATE TABLE "resources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"document_type_id" integer,
  	"audience" "enum_resources_audience" DEFAULT 'advocates',
  	"published_at" timestamp(3) with time zone,
  	"content_updated_at" timestamp(3) with time zone,
  	"may_be_filed_as_evidence" boolean DEFAULT false,
  	"source_case_number" varchar,
  	"is_redacted" boolean DEFAULT false,
  	"has_attorney_permission" boolean DEFAULT false,
  	"file_id" integer,
  	"external_url" varchar,
  	"body" jsonb,
  	"extracted_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_resources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "resources_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" integer,
  	"persecution_types_id" integer,
  	"relief_types_id" integer,
  	"procedural_stages_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_resources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_document_type_id" integer,
  	"version_audience" "enum__resources_v_version_audience" DEFAULT 'advocates',
  	"version_published_at" timestamp(3) with time zone,
  	"version_content_updated_at" timestamp(3) with time zone,
  	"version_may_be_filed_as_evidence" boolean DEFAULT false,
  	"version_source_case_number" varchar,
  	"version_is_redacted" boolean DEFAULT false,
  	"version_has_attorney_permission" boolean DEFAULT false,
  	"version_file_id" integer,
  	"version_external_url" varchar,
  	"version_body" jsonb,
  	"version_extracted_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__resources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_resources_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" integer,
  	"persecution_types_id" integer,
  	"relief_types_id" integer,
  	"procedural_stages_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "resource_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"description" varchar,
  	"original_name" varchar,
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
  
  CREATE TABLE "program_news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_program_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_program_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__program_news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"original_name" varchar,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar
  );
  
  CREATE TABLE "experts_expert_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_experts_expert_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "experts_testimony_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_experts_testimony_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "experts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"status" "enum_experts_status" DEFAULT 'draft' NOT NULL,
  	"display_name" varchar NOT NULL,
  	"credentials" varchar,
  	"fees" "enum_experts_fees",
  	"location" varchar,
  	"is_remote_available" boolean DEFAULT true,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_website" varchar,
  	"staff_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "experts_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "experts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"countries_id" integer,
  	"topics_id" integer,
  	"persecution_types_id" integer
  );
  
  CREATE TABLE "assistance_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_id" integer NOT NULL,
  	"submitted_by_id" integer,
  	"subject" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"urgent_deadline" timestamp(3) with time zone,
  	"status" "enum_assistance_requests_status" DEFAULT 'new',
  	"staff_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "resource_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"submitted_by_id" integer,
  	"title" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"file_id" integer,
  	"client_permission" boolean DEFAULT false,
  	"status" "enum_resource_submissions_status" DEFAULT 'new',
  	"staff_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"submitted_by_id" integer,
  	"category" "enum_feedback_category" DEFAULT 'library' NOT NULL,
  	"message" varchar NOT NULL,
  	"page_url" varchar,
  	"reply_email" varchar,
  	"status" "enum_feedback_status" DEFAULT 'new',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "access_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_access_events_action" NOT NULL,
  	"actor_id" integer,
  	"organization_id" integer,
  	"case_id" integer,
  	"resource_id" integer,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'advocate' NOT NULL,
  	"organization_id" integer,
  	"advocate_type" "enum_users_advocate_type",
  	"notifications_newsletter" boolean DEFAULT true,
  	"notifications_case_activity" boolean DEFAULT true,
  	"terms_accepted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_organizations_kind" DEFAULT 'nonprofit' NOT NULL,
  	"state" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "countries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"region" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "persecution_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"is_country_scoped" boolean DEFAULT false,
  	"outdated_after_months" numeric,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "procedural_stages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"audience" "enum_topics_audience" DEFAULT 'both',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "relief_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "courts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_courts_kind" NOT NULL,
  	"city" varchar,
  	"state" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "adjudicators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"court_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"cases_id" integer,
  	"outcomes_id" integer,
  	"decision_documents_id" integer,
  	"resources_id" integer,
  	"resource_files_id" integer,
  	"program_news_id" integer,
  	"media_id" integer,
  	"experts_id" integer,
  	"assistance_requests_id" integer,
  	"resource_submissions_id" integer,
  	"feedback_id" integer,
  	"access_events_id" integer,
  	"users_id" integer,
  	"organizations_id" integer,
  	"countries_id" integer,
  	"persecution_types_id" integer,
  	"document_types_id" integer,
  	"procedural_stages_id" integer,
  	"topics_id" integer,
  	"relief_types_id" integer,
  	"courts_id" integer,
  	"adjudicators_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "library_index" (
  	"resource_id" integer PRIMARY KEY NOT NULL,
  	"audience" varchar(20) NOT NULL,
  	"is_published" boolean NOT NULL,
  	"document_type_id" integer NOT NULL,
  	"document_type_slug" varchar(100) NOT NULL,
  	"is_country_scoped" boolean NOT NULL,
  	"is_decision_cleared" boolean NOT NULL,
  	"country_ids" integer[] DEFAULT '{}' NOT NULL,
  	"persecution_ids" integer[] DEFAULT '{}' NOT NULL,
  	"relief_ids" integer[] DEFAULT '{}' NOT NULL,
  	"stage_ids" integer[] DEFAULT '{}' NOT NULL,
  	"topic_ids" integer[] DEFAULT '{}' NOT NULL,
  	"title" varchar(300) NOT NULL,
  	"summary" text,
  	"published_at" timestamp with time zone NOT NULL,
  	"content_updated_at" timestamp with time zone,
  	"sort_date" timestamp with time zone NOT NULL,
  	"may_be_filed_as_evidence" boolean NOT NULL,
  	"has_file" boolean NOT NULL,
  	"source_case_number" varchar(40),
  	"search" "tsvector" NOT NULL
  );
  
  ALTER TABLE "cases_protected_grounds" ADD CONSTRAINT "cases_protected_grounds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_deadlines" ADD CONSTRAINT "cases_deadlines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_shares" ADD CONSTRAINT "cases_shares_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases_shares" ADD CONSTRAINT "cases_shares_shared_by_id_users_id_fk" FOREIGN KEY ("shared_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases_shares" ADD CONSTRAINT "cases_shares_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_procedural_stage_id_procedural_stages_id_fk" FOREIGN KEY ("procedural_stage_id") REFERENCES "public"."procedural_stages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases" ADD CONSTRAINT "cases_adjudicator_id_adjudicators_id_fk" FOREIGN KEY ("adjudicator_id") REFERENCES "public"."adjudicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cases_rels" ADD CONSTRAINT "cases_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_rels" ADD CONSTRAINT "cases_rels_persecution_types_fk" FOREIGN KEY ("persecution_types_id") REFERENCES "public"."persecution_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cases_rels" ADD CONSTRAINT "cases_rels_relief_types_fk" FOREIGN KEY ("relief_types_id") REFERENCES "public"."relief_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outcomes_results" ADD CONSTRAINT "outcomes_results_relief_id_relief_types_id_fk" FOREIGN KEY ("relief_id") REFERENCES "public"."relief_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outcomes_results" ADD CONSTRAINT "outcomes_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outcomes_arguments" ADD CONSTRAINT "outcomes_arguments_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outcomes_persuasive_evidence" ADD CONSTRAINT "outcomes_persuasive_evidence_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outcomes_expert_feedback" ADD CONSTRAINT "outcomes_expert_feedback_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outcomes_expert_feedback" ADD CONSTRAINT "outcomes_expert_feedback_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_stage_id_procedural_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."procedural_stages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_adjudicator_id_adjudicators_id_fk" FOREIGN KEY ("adjudicator_id") REFERENCES "public"."adjudicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_decision_document_id_decision_documents_id_fk" FOREIGN KEY ("decision_document_id") REFERENCES "public"."decision_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decision_documents" ADD CONSTRAINT "decision_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_document_type_id_document_types_id_fk" FOREIGN KEY ("document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources" ADD CONSTRAINT "resources_file_id_resource_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."resource_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_persecution_types_fk" FOREIGN KEY ("persecution_types_id") REFERENCES "public"."persecution_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_relief_types_fk" FOREIGN KEY ("relief_types_id") REFERENCES "public"."relief_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_procedural_stages_fk" FOREIGN KEY ("procedural_stages_id") REFERENCES "public"."procedural_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "resources_rels" ADD CONSTRAINT "resources_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_parent_id_resources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_document_type_id_document_types_id_fk" FOREIGN KEY ("version_document_type_id") REFERENCES "public"."document_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_version_file_id_resource_files_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."resource_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_resources_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_persecution_types_fk" FOREIGN KEY ("persecution_types_id") REFERENCES "public"."persecution_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_relief_types_fk" FOREIGN KEY ("relief_types_id") REFERENCES "public"."relief_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_procedural_stages_fk" FOREIGN KEY ("procedural_stages_id") REFERENCES "public"."procedural_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v_rels" ADD CONSTRAINT "_resources_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_program_news_v" ADD CONSTRAINT "_program_news_v_parent_id_program_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."program_news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experts_expert_types" ADD CONSTRAINT "experts_expert_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "experts_testimony_kinds" ADD CONSTRAINT "experts_testimony_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "experts" ADD CONSTRAINT "experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experts_texts" ADD CONSTRAINT "experts_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "experts_rels" ADD CONSTRAINT "experts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "experts_rels" ADD CONSTRAINT "experts_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "experts_rels" ADD CONSTRAINT "experts_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "experts_rels" ADD CONSTRAINT "experts_rels_persecution_types_fk" FOREIGN KEY ("persecution_types_id") REFERENCES "public"."persecution_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resource_submissions" ADD CONSTRAINT "resource_submissions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "resource_submissions" ADD CONSTRAINT "resource_submissions_file_id_resource_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."resource_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "access_events" ADD CONSTRAINT "access_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "access_events" ADD CONSTRAINT "access_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "access_events" ADD CONSTRAINT "access_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "access_events" ADD CONSTRAINT "access_events_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "adjudicators" ADD CONSTRAINT "adjudicators_court_id_courts_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."courts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cases_fk" FOREIGN KEY ("cases_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outcomes_fk" FOREIGN KEY ("outcomes_id") REFERENCES "public"."outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_decision_documents_fk" FOREIGN KEY ("decision_documents_id") REFERENCES "public"."decision_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resource_files_fk" FOREIGN KEY ("resource_files_id") REFERENCES "public"."resource_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_program_news_fk" FOREIGN KEY ("program_news_id") REFERENCES "public"."program_news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_experts_fk" FOREIGN KEY ("experts_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assistance_requests_fk" FOREIGN KEY ("assistance_requests_id") REFERENCES "public"."assistance_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resource_submissions_fk" FOREIGN KEY ("resource_submissions_id") REFERENCES "public"."resource_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_access_events_fk" FOREIGN KEY ("access_events_id") REFERENCES "public"."access_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_countries_fk" FOREIGN KEY ("countries_id") REFERENCES "public"."countries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_persecution_types_fk" FOREIGN KEY ("persecution_types_id") REFERENCES "public"."persecution_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_types_fk" FOREIGN KEY ("document_types_id") REFERENCES "public"."document_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedural_stages_fk" FOREIGN KEY ("procedural_stages_id") REFERENCES "public"."procedural_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_relief_types_fk" FOREIGN KEY ("relief_types_id") REFERENCES "public"."relief_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_courts_fk" FOREIGN KEY ("courts_id") REFERENCES "public"."courts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_adjudicators_fk" FOREIGN KEY ("adjudicators_id") REFERENCES "public"."adjudicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "cases_protected_grounds_order_idx" ON "cases_protected_grounds" USING btree ("order");
  CREATE INDEX "cases_protected_grounds_parent_idx" ON "cases_protected_grounds" USING btree ("parent_id");
  CREATE INDEX "cases_deadlines_order_idx" ON "cases_deadlines" USING btree ("_order");
  CREATE INDEX "cases_deadlines_parent_id_idx" ON "cases_deadlines" USING btree ("_parent_id");
  CREATE INDEX "cases_shares_order_idx" ON "cases_shares" USING btree ("_order");
  CREATE INDEX "cases_shares_parent_id_idx" ON "cases_shares" USING btree ("_parent_id");
  CREATE INDEX "cases_shares_user_idx" ON "cases_shares" USING btree ("user_id");
  CREATE INDEX "cases_shares_invited_email_idx" ON "cases_shares" USING btree ("invited_email");
  CREATE INDEX "cases_shares_shared_by_idx" ON "cases_shares" USING btree ("shared_by_id");
  CREATE UNIQUE INDEX "cases_case_number_idx" ON "cases" USING btree ("case_number");
  CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");
  CREATE INDEX "cases_owner_idx" ON "cases" USING btree ("owner_id");
  CREATE INDEX "cases_country_idx" ON "cases" USING btree ("country_id");
  CREATE INDEX "cases_procedural_stage_idx" ON "cases" USING btree ("procedural_stage_id");
  CREATE INDEX "cases_court_idx" ON "cases" USING btree ("court_id");
  CREATE INDEX "cases_adjudicator_idx" ON "cases" USING btree ("adjudicator_id");
  CREATE INDEX "cases_next_hearing_date_idx" ON "cases" USING btree ("next_hearing_date");
  CREATE INDEX "cases_updated_at_idx" ON "cases" USING btree ("updated_at");
  CREATE INDEX "cases_created_at_idx" ON "cases" USING btree ("created_at");
  CREATE INDEX "cases_rels_order_idx" ON "cases_rels" USING btree ("order");
  CREATE INDEX "cases_rels_parent_idx" ON "cases_rels" USING btree ("parent_id");
  CREATE INDEX "cases_rels_path_idx" ON "cases_rels" USING btree ("path");
  CREATE INDEX "cases_rels_persecution_types_id_idx" ON "cases_rels" USING btree ("persecution_types_id");
  CREATE INDEX "cases_rels_relief_types_id_idx" ON "cases_rels" USING btree ("relief_types_id");
  CREATE INDEX "outcomes_results_order_idx" ON "outcomes_results" USING btree ("_order");
  CREATE INDEX "outcomes_results_parent_id_idx" ON "outcomes_results" USING btree ("_parent_id");
  CREATE INDEX "outcomes_results_relief_idx" ON "outcomes_results" USING btree ("relief_id");
  CREATE INDEX "outcomes_results_result_idx" ON "outcomes_results" USING btree ("result");
  CREATE INDEX "outcomes_arguments_order_idx" ON "outcomes_arguments" USING btree ("order");
  CREATE INDEX "outcomes_arguments_parent_idx" ON "outcomes_arguments" USING btree ("parent_id");
  CREATE INDEX "outcomes_persuasive_evidence_order_idx" ON "outcomes_persuasive_evidence" USING btree ("order");
  CREATE INDEX "outcomes_persuasive_evidence_parent_idx" ON "outcomes_persuasive_evidence" USING btree ("parent_id");
  CREATE INDEX "outcomes_expert_feedback_order_idx" ON "outcomes_expert_feedback" USING btree ("_order");
  CREATE INDEX "outcomes_expert_feedback_parent_id_idx" ON "outcomes_expert_feedback" USING btree ("_parent_id");
  CREATE INDEX "outcomes_expert_feedback_expert_idx" ON "outcomes_expert_feedback" USING btree ("expert_id");
  CREATE INDEX "outcomes_case_idx" ON "outcomes" USING btree ("case_id");
  CREATE INDEX "outcomes_reported_by_idx" ON "outcomes" USING btree ("reported_by_id");
  CREATE INDEX "outcomes_decision_date_idx" ON "outcomes" USING btree ("decision_date");
  CREATE INDEX "outcomes_stage_idx" ON "outcomes" USING btree ("stage_id");
  CREATE INDEX "outcomes_court_idx" ON "outcomes" USING btree ("court_id");
  CREATE INDEX "outcomes_adjudicator_idx" ON "outcomes" USING btree ("adjudicator_id");
  CREATE INDEX "outcomes_decision_document_idx" ON "outcomes" USING btree ("decision_document_id");
  CREATE INDEX "outcomes_updated_at_idx" ON "outcomes" USING btree ("updated_at");
  CREATE INDEX "outcomes_created_at_idx" ON "outcomes" USING btree ("created_at");
  CREATE INDEX "decision_documents_case_idx" ON "decision_documents" USING btree ("case_id");
  CREATE INDEX "decision_documents_updated_at_idx" ON "decision_documents" USING btree ("updated_at");
  CREATE INDEX "decision_documents_created_at_idx" ON "decision_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "decision_documents_filename_idx" ON "decision_documents" USING btree ("filename");
  CREATE INDEX "resources_document_type_idx" ON "resources" USING btree ("document_type_id");
  CREATE INDEX "resources_audience_idx" ON "resources" USING btree ("audience");
  CREATE INDEX "resources_published_at_idx" ON "resources" USING btree ("published_at");
  CREATE INDEX "resources_content_updated_at_idx" ON "resources" USING btree ("content_updated_at");
  CREATE INDEX "resources_source_case_number_idx" ON "resources" USING btree ("source_case_number");
  CREATE INDEX "resources_file_idx" ON "resources" USING btree ("file_id");
  CREATE INDEX "resources_updated_at_idx" ON "resources" USING btree ("updated_at");
  CREATE INDEX "resources_created_at_idx" ON "resources" USING btree ("created_at");
  CREATE INDEX "resources__status_idx" ON "resources" USING btree ("_status");
  CREATE INDEX "resources_rels_order_idx" ON "resources_rels" USING btree ("order");
  CREATE INDEX "resources_rels_parent_idx" ON "resources_rels" USING btree ("parent_id");
  CREATE INDEX "resources_rels_path_idx" ON "resources_rels" USING btree ("path");
  CREATE INDEX "resources_rels_countries_id_idx" ON "resources_rels" USING btree ("countries_id");
  CREATE INDEX "resources_rels_persecution_types_id_idx" ON "resources_rels" USING btree ("persecution_types_id");
  CREATE INDEX "resources_rels_relief_types_id_idx" ON "resources_rels" USING btree ("relief_types_id");
  CREATE INDEX "resources_rels_procedural_stages_id_idx" ON "resources_rels" USING btree ("procedural_stages_id");
  CREATE INDEX "resources_rels_topics_id_idx" ON "resources_rels" USING btree ("topics_id");
  CREATE INDEX "_resources_v_parent_idx" ON "_resources_v" USING btree ("parent_id");
  CREATE INDEX "_resources_v_version_version_document_type_idx" ON "_resources_v" USING btree ("version_document_type_id");
  CREATE INDEX "_resources_v_version_version_audience_idx" ON "_resources_v" USING btree ("version_audience");
  CREATE INDEX "_resources_v_version_version_published_at_idx" ON "_resources_v" USING btree ("version_published_at");
  CREATE INDEX "_resources_v_version_version_content_updated_at_idx" ON "_resources_v" USING btree ("version_content_updated_at");
  CREATE INDEX "_resources_v_version_version_source_case_number_idx" ON "_resources_v" USING btree ("version_source_case_number");
  CREATE INDEX "_resources_v_version_version_file_idx" ON "_resources_v" USING btree ("version_file_id");
  CREATE INDEX "_resources_v_version_version_updated_at_idx" ON "_resources_v" USING btree ("version_updated_at");
  CREATE INDEX "_resources_v_version_version_created_at_idx" ON "_resources_v" USING btree ("version_created_at");
  CREATE INDEX "_resources_v_version_version__status_idx" ON "_resources_v" USING btree ("version__status");
  CREATE INDEX "_resources_v_created_at_idx" ON "_resources_v" USING btree ("created_at");
  CREATE INDEX "_resources_v_updated_at_idx" ON "_resources_v" USING btree ("updated_at");
  CREATE INDEX "_resources_v_latest_idx" ON "_resources_v" USING btree ("latest");
  CREATE INDEX "_resources_v_rels_order_idx" ON "_resources_v_rels" USING btree ("order");
  CREATE INDEX "_resources_v_rels_parent_idx" ON "_resources_v_rels" USING btree ("parent_id");
  CREATE INDEX "_resources_v_rels_path_idx" ON "_resources_v_rels" USING btree ("path");
  CREATE INDEX "_resources_v_rels_countries_id_idx" ON "_resources_v_rels" USING btree ("countries_id");
  CREATE INDEX "_resources_v_rels_persecution_types_id_idx" ON "_resources_v_rels" USING btree ("persecution_types_id");
  CREATE INDEX "_resources_v_rels_relief_types_id_idx" ON "_resources_v_rels" USING btree ("relief_types_id");
  CREATE INDEX "_resources_v_rels_procedural_stages_id_idx" ON "_resources_v_rels" USING btree ("procedural_stages_id");
  CREATE INDEX "_resources_v_rels_topics_id_idx" ON "_resources_v_rels" USING btree ("topics_id");
  CREATE INDEX "resource_files_updated_at_idx" ON "resource_files" USING btree ("updated_at");
  CREATE INDEX "resource_files_created_at_idx" ON "resource_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "resource_files_filename_idx" ON "resource_files" USING btree ("filename");
  CREATE UNIQUE INDEX "program_news_slug_idx" ON "program_news" USING btree ("slug");
  CREATE INDEX "program_news_published_at_idx" ON "program_news" USING btree ("published_at");
  CREATE INDEX "program_news_updated_at_idx" ON "program_news" USING btree ("updated_at");
  CREATE INDEX "program_news_created_at_idx" ON "program_news" USING btree ("created_at");
  CREATE INDEX "program_news__status_idx" ON "program_news" USING btree ("_status");
  CREATE INDEX "_program_news_v_parent_idx" ON "_program_news_v" USING btree ("parent_id");
  CREATE INDEX "_program_news_v_version_version_slug_idx" ON "_program_news_v" USING btree ("version_slug");
  CREATE INDEX "_program_news_v_version_version_published_at_idx" ON "_program_news_v" USING btree ("version_published_at");
  CREATE INDEX "_program_news_v_version_version_updated_at_idx" ON "_program_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_program_news_v_version_version_created_at_idx" ON "_program_news_v" USING btree ("version_created_at");
  CREATE INDEX "_program_news_v_version_version__status_idx" ON "_program_news_v" USING btree ("version__status");
  CREATE INDEX "_program_news_v_created_at_idx" ON "_program_news_v" USING btree ("created_at");
  CREATE INDEX "_program_news_v_updated_at_idx" ON "_program_news_v" USING btree ("updated_at");
  CREATE INDEX "_program_news_v_latest_idx" ON "_program_news_v" USING btree ("latest");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "experts_expert_types_order_idx" ON "experts_expert_types" USING btree ("order");
  CREATE INDEX "experts_expert_types_parent_idx" ON "experts_expert_types" USING btree ("parent_id");
  CREATE INDEX "experts_testimony_kinds_order_idx" ON "experts_testimony_kinds" USING btree ("order");
  CREATE INDEX "experts_testimony_kinds_parent_idx" ON "experts_testimony_kinds" USING btree ("parent_id");
  CREATE UNIQUE INDEX "experts_user_idx" ON "experts" USING btree ("user_id");
  CREATE INDEX "experts_status_idx" ON "experts" USING btree ("status");
  CREATE INDEX "experts_updated_at_idx" ON "experts" USING btree ("updated_at");
  CREATE INDEX "experts_created_at_idx" ON "experts" USING btree ("created_at");
  CREATE INDEX "experts_texts_order_parent" ON "experts_texts" USING btree ("order","parent_id");
  CREATE INDEX "experts_rels_order_idx" ON "experts_rels" USING btree ("order");
  CREATE INDEX "experts_rels_parent_idx" ON "experts_rels" USING btree ("parent_id");
  CREATE INDEX "experts_rels_path_idx" ON "experts_rels" USING btree ("path");
  CREATE INDEX "experts_rels_countries_id_idx" ON "experts_rels" USING btree ("countries_id");
  CREATE INDEX "experts_rels_topics_id_idx" ON "experts_rels" USING btree ("topics_id");
  CREATE INDEX "experts_rels_persecution_types_id_idx" ON "experts_rels" USING btree ("persecution_types_id");
  CREATE INDEX "assistance_requests_case_idx" ON "assistance_requests" USING btree ("case_id");
  CREATE INDEX "assistance_requests_submitted_by_idx" ON "assistance_requests" USING btree ("submitted_by_id");
  CREATE INDEX "assistance_requests_urgent_deadline_idx" ON "assistance_requests" USING btree ("urgent_deadline");
  CREATE INDEX "assistance_requests_status_idx" ON "assistance_requests" USING btree ("status");
  CREATE INDEX "assistance_requests_updated_at_idx" ON "assistance_requests" USING btree ("updated_at");
  CREATE INDEX "assistance_requests_created_at_idx" ON "assistance_requests" USING btree ("created_at");
  CREATE INDEX "resource_submissions_submitted_by_idx" ON "resource_submissions" USING btree ("submitted_by_id");
  CREATE INDEX "resource_submissions_file_idx" ON "resource_submissions" USING btree ("file_id");
  CREATE INDEX "resource_submissions_status_idx" ON "resource_submissions" USING btree ("status");
  CREATE INDEX "resource_submissions_updated_at_idx" ON "resource_submissions" USING btree ("updated_at");
  CREATE INDEX "resource_submissions_created_at_idx" ON "resource_submissions" USING btree ("created_at");
  CREATE INDEX "feedback_submitted_by_idx" ON "feedback" USING btree ("submitted_by_id");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "access_events_action_idx" ON "access_events" USING btree ("action");
  CREATE INDEX "access_events_actor_idx" ON "access_events" USING btree ("actor_id");
  CREATE INDEX "access_events_organization_idx" ON "access_events" USING btree ("organization_id");
  CREATE INDEX "access_events_case_idx" ON "access_events" USING btree ("case_id");
  CREATE INDEX "access_events_resource_idx" ON "access_events" USING btree ("resource_id");
  CREATE INDEX "access_events_updated_at_idx" ON "access_events" USING btree ("updated_at");
  CREATE INDEX "access_events_created_at_idx" ON "access_events" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role");
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "organizations_name_idx" ON "organizations" USING btree ("name");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE INDEX "countries_name_idx" ON "countries" USING btree ("name");
  CREATE UNIQUE INDEX "countries_slug_idx" ON "countries" USING btree ("slug");
  CREATE UNIQUE INDEX "countries_code_idx" ON "countries" USING btree ("code");
  CREATE INDEX "countries_region_idx" ON "countries" USING btree ("region");
  CREATE INDEX "countries_updated_at_idx" ON "countries" USING btree ("updated_at");
  CREATE INDEX "countries_created_at_idx" ON "countries" USING btree ("created_at");
  CREATE INDEX "persecution_types_name_idx" ON "persecution_types" USING btree ("name");
  CREATE UNIQUE INDEX "persecution_types_slug_idx" ON "persecution_types" USING btree ("slug");
  CREATE INDEX "persecution_types_updated_at_idx" ON "persecution_types" USING btree ("updated_at");
  CREATE INDEX "persecution_types_created_at_idx" ON "persecution_types" USING btree ("created_at");
  CREATE INDEX "document_types_name_idx" ON "document_types" USING btree ("name");
  CREATE UNIQUE INDEX "document_types_slug_idx" ON "document_types" USING btree ("slug");
  CREATE INDEX "document_types_updated_at_idx" ON "document_types" USING btree ("updated_at");
  CREATE INDEX "document_types_created_at_idx" ON "document_types" USING btree ("created_at");
  CREATE INDEX "procedural_stages_name_idx" ON "procedural_stages" USING btree ("name");
  CREATE UNIQUE INDEX "procedural_stages_slug_idx" ON "procedural_stages" USING btree ("slug");
  CREATE INDEX "procedural_stages_updated_at_idx" ON "procedural_stages" USING btree ("updated_at");
  CREATE INDEX "procedural_stages_created_at_idx" ON "procedural_stages" USING btree ("created_at");
  CREATE INDEX "topics_name_idx" ON "topics" USING btree ("name");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "relief_types_name_idx" ON "relief_types" USING btree ("name");
  CREATE UNIQUE INDEX "relief_types_slug_idx" ON "relief_types" USING btree ("slug");
  CREATE INDEX "relief_types_updated_at_idx" ON "relief_types" USING btree ("updated_at");
  CREATE INDEX "relief_types_created_at_idx" ON "relief_types" USING btree ("created_at");
  CREATE INDEX "courts_name_idx" ON "courts" USING btree ("name");
  CREATE UNIQUE INDEX "courts_slug_idx" ON "courts" USING btree ("slug");
  CREATE INDEX "courts_kind_idx" ON "courts" USING btree ("kind");
  CREATE INDEX "courts_updated_at_idx" ON "courts" USING btree ("updated_at");
  CREATE INDEX "courts_created_at_idx" ON "courts" USING btree ("created_at");
  CREATE INDEX "adjudicators_name_idx" ON "adjudicators" USING btree ("name");
  CREATE UNIQUE INDEX "adjudicators_slug_idx" ON "adjudicators" USING btree ("slug");
  CREATE INDEX "adjudicators_court_idx" ON "adjudicators" USING btree ("court_id");
  CREATE INDEX "adjudicators_updated_at_idx" ON "adjudicators" USING btree ("updated_at");
  CREATE INDEX "adjudicators_created_at_idx" ON "adjudicators" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_cases_id_idx" ON "payload_locked_documents_rels" USING btree ("cases_id");
  CREATE INDEX "payload_locked_documents_rels_outcomes_id_idx" ON "payload_locked_documents_rels" USING btree ("outcomes_id");
  CREATE INDEX "payload_locked_documents_rels_decision_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("decision_documents_id");
  CREATE INDEX "payload_locked_documents_rels_resources_id_idx" ON "payload_locked_documents_rels" USING btree ("resources_id");
  CREATE INDEX "payload_locked_documents_rels_resource_files_id_idx" ON "payload_locked_documents_rels" USING btree ("resource_files_id");
  CREATE INDEX "payload_locked_documents_rels_program_news_id_idx" ON "payload_locked_documents_rels" USING btree ("program_news_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_experts_id_idx" ON "payload_locked_documents_rels" USING btree ("experts_id");
  CREATE INDEX "payload_locked_documents_rels_assistance_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("assistance_requests_id");
  CREATE INDEX "payload_locked_documents_rels_resource_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("resource_submissions_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_access_events_id_idx" ON "payload_locked_documents_rels" USING btree ("access_events_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_countries_id_idx" ON "payload_locked_documents_rels" USING btree ("countries_id");
  CREATE INDEX "payload_locked_documents_rels_persecution_types_id_idx" ON "payload_locked_documents_rels" USING btree ("persecution_types_id");
  CREATE INDEX "payload_locked_documents_rels_document_types_id_idx" ON "payload_locked_documents_rels" USING btree ("document_types_id");
  CREATE INDEX "payload_locked_documents_rels_procedural_stages_id_idx" ON "payload_locked_documents_rels" USING btree ("procedural_stages_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_relief_types_id_idx" ON "payload_locked_documents_rels" USING btree ("relief_types_id");
  CREATE INDEX "payload_locked_documents_rels_courts_id_idx" ON "payload_locked_documents_rels" USING btree ("courts_id");
  CREATE INDEX "payload_locked_documents_rels_adjudicators_id_idx" ON "payload_locked_documents_rels" USING btree ("adjudicators_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "library_index_countries_gin" ON "library_index" USING gin ("country_ids");
  CREATE INDEX "library_index_persecution_gin" ON "library_index" USING gin ("persecution_ids");
  CREATE INDEX "library_index_relief_gin" ON "library_index" USING gin ("relief_ids");
  CREATE INDEX "library_index_stage_gin" ON "library_index" USING gin ("stage_ids");
  CREATE INDEX "library_index_topic_gin" ON "library_index" USING gin ("topic_ids");
  CREATE INDEX "library_index_search_gin" ON "library_index" USING gin ("search");
  CREATE INDEX "library_index_listing_idx" ON "library_index" USING btree ("audience","is_published","sort_date");
  CREATE INDEX "library_index_source_case_idx" ON "library_index" USING btree ("source_case_number");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "cases_protected_grounds" CASCADE;
  DROP TABLE "cases_deadlines" CASCADE;
  DROP TABLE "cases_shares" CASCADE;
  DROP TABLE "cases" CASCADE;
  DROP TABLE "cases_rels" CASCADE;
  DROP TABLE "outcomes_results" CASCADE;
  DROP TABLE "outcomes_arguments" CASCADE;
  DROP TABLE "outcomes_persuasive_evidence" CASCADE;
  DROP TABLE "outcomes_expert_feedback" CASCADE;
  DROP TABLE "outcomes" CASCADE;
  DROP TABLE "decision_documents" CASCADE;
  DROP TABLE "resources" CASCADE;
  DROP TABLE "resources_rels" CASCADE;
  DROP TABLE "_resources_v" CASCADE;
  DROP TABLE "_resources_v_rels" CASCADE;
  DROP TABLE "resource_files" CASCADE;
  DROP TABLE "program_news" CASCADE;
  DROP TABLE "_program_news_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "experts_expert_types" CASCADE;
  DROP TABLE "experts_testimony_kinds" CASCADE;
  DROP TABLE "experts" CASCADE;
  DROP TABLE "experts_texts" CASCADE;
  DROP TABLE "experts_rels" CASCADE;
  DROP TABLE "assistance_requests" CASCADE;
  DROP TABLE "resource_submissions" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "access_events" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "countries" CASCADE;
  DROP TABLE "persecution_types" CASCADE;
  DROP TABLE "document_types" CASCADE;
  DROP TABLE "procedural_stages" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "relief_types" CASCADE;
  DROP TABLE "courts" CASCADE;
  DROP TABLE "adjudicators" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "library_index" CASCADE;
  DROP TYPE "public"."enum_cases_protected_grounds";
  DROP TYPE "public"."enum_cases_status";
  DROP TYPE "public"."enum_cases_detention";
  DROP TYPE "public"."enum_outcomes_results_result";
  DROP TYPE "public"."enum_outcomes_arguments";
  DROP TYPE "public"."enum_outcomes_persuasive_evidence";
  DROP TYPE "public"."enum_resources_audience";
  DROP TYPE "public"."enum_resources_status";
  DROP TYPE "public"."enum__resources_v_version_audience";
  DROP TYPE "public"."enum__resources_v_version_status";
  DROP TYPE "public"."enum_program_news_status";
  DROP TYPE "public"."enum__program_news_v_version_status";
  DROP TYPE "public"."enum_experts_expert_types";
  DROP TYPE "public"."enum_experts_testimony_kinds";
  DROP TYPE "public"."enum_experts_status";
  DROP TYPE "public"."enum_experts_fees";
  DROP TYPE "public"."enum_assistance_requests_status";
  DROP TYPE "public"."enum_resource_submissions_status";
  DROP TYPE "public"."enum_feedback_category";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_access_events_action";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_users_advocate_type";
  DROP TYPE "public"."enum_organizations_kind";
  DROP TYPE "public"."enum_topics_audience";
  DROP TYPE "public"."enum_courts_kind";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
