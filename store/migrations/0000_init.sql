CREATE TYPE "public"."action_outcome" AS ENUM('ok', 'error', 'timeout', 'skipped', 'unrecorded', 'warning');--> statement-breakpoint
CREATE TYPE "public"."agent_operational_state" AS ENUM('STARTING', 'READY', 'PROCESSING', 'EXITED');--> statement-breakpoint
CREATE TYPE "public"."agent_status" AS ENUM('UNKNOWN', 'OK', 'WARNING', 'ERROR', 'EXITED');--> statement-breakpoint
CREATE TYPE "public"."agent_type" AS ENUM('daqsim', 'data', 'processing', 'fastmon', 'workflow_runner', 'monitor', 'sse_sender', 'sse_receiver', 'test', 'other', 'PRODOPS');--> statement-breakpoint
CREATE TYPE "public"."alarm_severity" AS ENUM('info', 'warning', 'alarm');--> statement-breakpoint
CREATE TYPE "public"."approval_policy" AS ENUM('auto', 'one_operator', 'two_operators');--> statement-breakpoint
CREATE TYPE "public"."artifact_status" AS ENUM('draft', 'published', 'superseded', 'archived');--> statement-breakpoint
CREATE TYPE "public"."campaign_lifecycle" AS ENUM('future', 'current', 'last', 'past');--> statement-breakpoint
CREATE TYPE "public"."comment_subject_type" AS ENUM('request', 'task', 'campaign', 'dataset');--> statement-breakpoint
CREATE TYPE "public"."dataset_stage" AS ENUM('evgen', 'simu', 'reco', 'full', 'log');--> statement-breakpoint
CREATE TYPE "public"."decision" AS ENUM('approve', 'deny');--> statement-breakpoint
CREATE TYPE "public"."did_type" AS ENUM('FILE', 'DATASET', 'CONTAINER');--> statement-breakpoint
CREATE TYPE "public"."error_component" AS ENUM('brokerage', 'ddm', 'exe', 'jobdispatcher', 'pilot', 'sup', 'taskbuffer');--> statement-breakpoint
CREATE TYPE "public"."execution_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'timeout', 'skipped', 'unrecorded');--> statement-breakpoint
CREATE TYPE "public"."file_status" AS ENUM('registered', 'processing', 'processed', 'failed', 'done');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('pending', 'defined', 'assigning', 'assigned', 'waiting', 'activated', 'throttled', 'sent', 'starting', 'running', 'holding', 'transferring', 'merging', 'finished', 'failed', 'cancelled', 'closed', 'broken');--> statement-breakpoint
CREATE TYPE "public"."panda_task_status" AS ENUM('registered', 'defined', 'assigning', 'ready', 'pending', 'scouting', 'scouted', 'running', 'prepared', 'passed', 'done', 'finished', 'failed', 'exhausted', 'broken', 'toabort', 'aborting', 'aborted', 'paused', 'throttled', 'rerefine', 'remaining');--> statement-breakpoint
CREATE TYPE "public"."prod_task_status" AS ENUM('draft', 'ready', 'submitted', 'completed', 'failed', 'past_output');--> statement-breakpoint
CREATE TYPE "public"."propagation" AS ENUM('continue', 'hold', 'final');--> statement-breakpoint
CREATE TYPE "public"."proposal_executor" AS ENUM('service', 'agent_message');--> statement-breakpoint
CREATE TYPE "public"."proposal_status" AS ENUM('proposed', 'approved_pending_execution', 'executed', 'denied', 'withdrawn', 'stale', 'expired', 'failed');--> statement-breakpoint
CREATE TYPE "public"."questionnaire_status" AS ENUM('active', 'review', 'linked', 'closed');--> statement-breakpoint
CREATE TYPE "public"."queue_status" AS ENUM('online', 'brokeroff', 'offline');--> statement-breakpoint
CREATE TYPE "public"."replica_state" AS ENUM('AVAILABLE', 'UNAVAILABLE', 'COPYING', 'BEING_DELETED', 'BAD');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('new', 'review', 'blocked', 'ready', 'linked', 'closed');--> statement-breakpoint
CREATE TYPE "public"."risk_class" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('viewer', 'physicist', 'production-manager', 'operator', 'admin');--> statement-breakpoint
CREATE TYPE "public"."rule_state" AS ENUM('OK', 'REPLICATING', 'STUCK', 'SUSPENDED');--> statement-breakpoint
CREATE TYPE "public"."slice_status" AS ENUM('queued', 'processing', 'completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."sublevel" AS ENUM('low', 'normal', 'high');--> statement-breakpoint
CREATE TYPE "public"."system_status_level" AS ENUM('ok', 'warning', 'error', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."tag_status" AS ENUM('draft', 'locked');--> statement-breakpoint
CREATE TYPE "public"."tag_type" AS ENUM('p', 'e', 's', 'r', 'k');--> statement-breakpoint
CREATE TYPE "public"."turn_status" AS ENUM('running', 'completed', 'failed', 'cancelled', 'budget_exhausted');--> statement-breakpoint
CREATE TYPE "public"."validation_status" AS ENUM('pending', 'running', 'validated', 'failed');--> statement-breakpoint
CREATE TABLE "pcs_campaign" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(100) NOT NULL,
	"lifecycle" "campaign_lifecycle" DEFAULT 'future' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"start_date" date,
	"end_date" date,
	"clone_of_id" integer,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pcs_campaign_name_unique" UNIQUE("name"),
	CONSTRAINT "pcs_campaign_name_format" CHECK ("pcs_campaign"."name" ~ '^[0-9]{2}\.[0-9]{2}(\.[0-9]+)?$'),
	CONSTRAINT "pcs_campaign_dates" CHECK ("pcs_campaign"."end_date" is null or "pcs_campaign"."start_date" is null or "pcs_campaign"."end_date" >= "pcs_campaign"."start_date")
);
--> statement-breakpoint
CREATE TABLE "pcs_comment" (
	"id" serial PRIMARY KEY NOT NULL,
	"subject_type" "comment_subject_type" NOT NULL,
	"subject_key" varchar(255) NOT NULL,
	"author" varchar(100) NOT NULL,
	"body" text NOT NULL,
	"model" varchar(100),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pcs_comment_body_nonempty" CHECK (length(trim("pcs_comment"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "pcs_dataset" (
	"id" serial PRIMARY KEY NOT NULL,
	"dataset_name" varchar(255) NOT NULL,
	"composed_name" varchar(255) NOT NULL,
	"scope" varchar(50) DEFAULT 'group.EIC' NOT NULL,
	"detector_version" varchar(50) NOT NULL,
	"detector_config" varchar(100) NOT NULL,
	"campaign_id" integer,
	"physics_tag_id" integer NOT NULL,
	"physics_tag_type" "tag_type" DEFAULT 'p' NOT NULL,
	"evgen_tag_id" integer NOT NULL,
	"evgen_tag_type" "tag_type" DEFAULT 'e' NOT NULL,
	"simu_tag_id" integer NOT NULL,
	"simu_tag_type" "tag_type" DEFAULT 's' NOT NULL,
	"reco_tag_id" integer NOT NULL,
	"reco_tag_type" "tag_type" DEFAULT 'r' NOT NULL,
	"background_tag_id" integer,
	"background_tag_type" "tag_type" DEFAULT 'k' NOT NULL,
	"physics_config_id" integer NOT NULL,
	"sample_name" varchar(120) DEFAULT '' NOT NULL,
	"stage" "dataset_stage" DEFAULT 'reco' NOT NULL,
	"propagation" "propagation" DEFAULT 'continue' NOT NULL,
	"replaced_by" varchar(255) DEFAULT '' NOT NULL,
	"expected_events" bigint,
	"expected_events_source" varchar(20) DEFAULT '' NOT NULL,
	"block_num" integer DEFAULT 1 NOT NULL,
	"blocks" integer DEFAULT 1 NOT NULL,
	"did" varchar(300) NOT NULL,
	"file_count" integer DEFAULT 0 NOT NULL,
	"data_size" bigint DEFAULT 0 NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pcs_dataset_did_unique" UNIQUE("did"),
	CONSTRAINT "pcs_dataset_tag_kinds" CHECK ("pcs_dataset"."physics_tag_type" = 'p' and "pcs_dataset"."evgen_tag_type" = 'e' and "pcs_dataset"."simu_tag_type" = 's' and "pcs_dataset"."reco_tag_type" = 'r' and "pcs_dataset"."background_tag_type" = 'k'),
	CONSTRAINT "pcs_dataset_block_range" CHECK ("pcs_dataset"."block_num" >= 1 and "pcs_dataset"."block_num" <= "pcs_dataset"."blocks"),
	CONSTRAINT "pcs_dataset_counts" CHECK ("pcs_dataset"."file_count" >= 0 and "pcs_dataset"."data_size" >= 0 and ("pcs_dataset"."expected_events" is null or "pcs_dataset"."expected_events" >= 0)),
	CONSTRAINT "pcs_dataset_expected_source" CHECK ("pcs_dataset"."expected_events_source" in ('included', 'requested', 'derived', '')),
	CONSTRAINT "pcs_dataset_version_format" CHECK ("pcs_dataset"."detector_version" ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]+$')
);
--> statement-breakpoint
CREATE TABLE "pcs_evgen_mark" (
	"id" serial PRIMARY KEY NOT NULL,
	"path" varchar(500) NOT NULL,
	"obsolete" boolean DEFAULT false NOT NULL,
	"set_by" varchar(100) NOT NULL,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "pcs_evgen_mark_path_unique" UNIQUE("path"),
	CONSTRAINT "pcs_evgen_mark_path" CHECK ("pcs_evgen_mark"."path" like '/EVGEN/%'),
	CONSTRAINT "pcs_evgen_mark_comment_when_obsolete" CHECK (not "pcs_evgen_mark"."obsolete" or length("pcs_evgen_mark"."comment") > 0)
);
--> statement-breakpoint
CREATE TABLE "pcs_panda_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"prod_task_id" integer NOT NULL,
	"try_number" integer NOT NULL,
	"jedi_task_id" bigint,
	"task_name" varchar(255) NOT NULL,
	"out_ds" varchar(300) DEFAULT '' NOT NULL,
	"log_ds" varchar(300) DEFAULT '' NOT NULL,
	"site" varchar(100) DEFAULT '' NOT NULL,
	"status_snapshot" varchar(30) DEFAULT '' NOT NULL,
	"association_source" varchar(50) NOT NULL,
	"match_reason" varchar(200) DEFAULT '' NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pcs_panda_tasks_jedi_task_id_unique" UNIQUE("jedi_task_id"),
	CONSTRAINT "pcs_panda_tasks_try_positive" CHECK ("pcs_panda_tasks"."try_number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "pcs_physics_category" (
	"digit" smallint PRIMARY KEY NOT NULL,
	"name" varchar(100) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pcs_physics_category_name_unique" UNIQUE("name"),
	CONSTRAINT "pcs_physics_category_digit_range" CHECK ("pcs_physics_category"."digit" between 1 and 9)
);
--> statement-breakpoint
CREATE TABLE "pcs_physics_config" (
	"id" serial PRIMARY KEY NOT NULL,
	"label" varchar(16) NOT NULL,
	"config_key" varchar(500) NOT NULL,
	"physics_tag_id" integer NOT NULL,
	"background_tag_id" integer,
	"sample_name" varchar(120) DEFAULT '' NOT NULL,
	"evgen_display" varchar(200) DEFAULT '' NOT NULL,
	"requestors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pcs_physics_config_label_unique" UNIQUE("label"),
	CONSTRAINT "pcs_physics_config_config_key_unique" UNIQUE("config_key"),
	CONSTRAINT "pcs_physics_config_label_format" CHECK ("pcs_physics_config"."label" ~ '^pc[1-9][0-9]*$')
);
--> statement-breakpoint
CREATE TABLE "pcs_prod_config" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(200) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"bg_mixing" boolean DEFAULT false NOT NULL,
	"bg_cross_section" varchar(100) DEFAULT '' NOT NULL,
	"bg_evtgen_file" varchar(300) DEFAULT '' NOT NULL,
	"copy_reco" boolean DEFAULT true NOT NULL,
	"copy_full" boolean DEFAULT false NOT NULL,
	"copy_log" boolean DEFAULT true NOT NULL,
	"use_rucio" boolean DEFAULT true NOT NULL,
	"jug_xl_tag" varchar(100) DEFAULT '' NOT NULL,
	"container_image" varchar(300) DEFAULT '' NOT NULL,
	"target_hours_per_job" numeric(6, 2) DEFAULT 2 NOT NULL,
	"events_per_task" integer DEFAULT 0 NOT NULL,
	"condor_template" text DEFAULT '' NOT NULL,
	"panda_site" varchar(100) DEFAULT '' NOT NULL,
	"panda_queue" varchar(100) DEFAULT '' NOT NULL,
	"panda_working_group" varchar(50) DEFAULT 'EIC' NOT NULL,
	"panda_resource_type" varchar(50) DEFAULT 'SCORE' NOT NULL,
	"rucio_rse" varchar(100) DEFAULT '' NOT NULL,
	"rucio_replication_rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pcs_prod_config_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "pcs_prod_request" (
	"id" serial PRIMARY KEY NOT NULL,
	"questionnaire_id" integer,
	"intake_key" varchar(200),
	"requestor" varchar(100) NOT NULL,
	"pwg" varchar(50) DEFAULT '' NOT NULL,
	"title" varchar(300) DEFAULT '' NOT NULL,
	"simu_path" varchar(500) DEFAULT '' NOT NULL,
	"gen_config" varchar(300) DEFAULT '' NOT NULL,
	"nevents" bigint,
	"background" varchar(100) DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"priority" integer DEFAULT 2 NOT NULL,
	"pre_tdr_use" boolean DEFAULT false NOT NULL,
	"early_science_use" boolean DEFAULT false NOT NULL,
	"other_use" boolean DEFAULT false NOT NULL,
	"new_request" boolean DEFAULT true NOT NULL,
	"status" "request_status" DEFAULT 'new' NOT NULL,
	"source_url" varchar(500) DEFAULT '' NOT NULL,
	"source_row" integer,
	"input_status" varchar(50) DEFAULT '' NOT NULL,
	"rucio_source" varchar(500) DEFAULT '' NOT NULL,
	"validation_status" varchar(50) DEFAULT '' NOT NULL,
	"blocked_reason" text DEFAULT '' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pcs_prod_request_intake_key_unique" UNIQUE("intake_key"),
	CONSTRAINT "pcs_prod_request_priority" CHECK ("pcs_prod_request"."priority" in (-1, 1, 2, 3)),
	CONSTRAINT "pcs_prod_request_nevents" CHECK ("pcs_prod_request"."nevents" is null or "pcs_prod_request"."nevents" > 0),
	CONSTRAINT "pcs_prod_request_blocked_reason" CHECK ("pcs_prod_request"."status" <> 'blocked' or length("pcs_prod_request"."blocked_reason") > 0)
);
--> statement-breakpoint
CREATE TABLE "pcs_prod_task" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"composed_name" varchar(255) NOT NULL,
	"status" "prod_task_status" DEFAULT 'draft' NOT NULL,
	"dataset_id" integer NOT NULL,
	"prod_config_id" integer NOT NULL,
	"campaign_id" integer,
	"request_id" integer,
	"requestor" varchar(100) DEFAULT '' NOT NULL,
	"priority" integer DEFAULT 2 NOT NULL,
	"pre_tdr_use" boolean DEFAULT false NOT NULL,
	"early_science_use" boolean DEFAULT false NOT NULL,
	"other_use" boolean DEFAULT false NOT NULL,
	"new_request" boolean DEFAULT false NOT NULL,
	"csv_file" varchar(500) DEFAULT '' NOT NULL,
	"overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"condor_command" text DEFAULT '' NOT NULL,
	"panda_command" text DEFAULT '' NOT NULL,
	"panda_task_id" bigint,
	"condor_cluster_id" varchar(50) DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"intake_key" varchar(300),
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pcs_prod_task_name_unique" UNIQUE("name"),
	CONSTRAINT "pcs_prod_task_intake_key_unique" UNIQUE("intake_key"),
	CONSTRAINT "pcs_prod_task_submitted_has_panda" CHECK ("pcs_prod_task"."status" not in ('submitted', 'completed', 'failed') or "pcs_prod_task"."panda_task_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "pcs_questionnaire" (
	"id" serial PRIMARY KEY NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"repository" varchar(300) DEFAULT '' NOT NULL,
	"contact" varchar(200) DEFAULT '' NOT NULL,
	"nevents" varchar(50) DEFAULT '' NOT NULL,
	"benchmark" text DEFAULT '' NOT NULL,
	"estimate" text DEFAULT '' NOT NULL,
	"status" "questionnaire_status" DEFAULT 'active' NOT NULL,
	"source_url" varchar(500) DEFAULT '' NOT NULL,
	"source_row" integer,
	"content_hash" varchar(64) DEFAULT '' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pcs_questionnaire_submitted_at_unique" UNIQUE("submitted_at")
);
--> statement-breakpoint
CREATE TABLE "pcs_tag" (
	"id" serial PRIMARY KEY NOT NULL,
	"tag_type" "tag_type" NOT NULL,
	"tag_number" integer NOT NULL,
	"tag_label" varchar(10) NOT NULL,
	"status" "tag_status" DEFAULT 'draft' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"parameters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"category_digit" smallint,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "pcs_tag_tag_label_unique" UNIQUE("tag_label"),
	CONSTRAINT "pcs_tag_id_type_uq" UNIQUE("id","tag_type"),
	CONSTRAINT "pcs_tag_number_positive" CHECK ("pcs_tag"."tag_number" > 0),
	CONSTRAINT "pcs_tag_label_matches" CHECK ("pcs_tag"."tag_label" = "pcs_tag"."tag_type"::text || "pcs_tag"."tag_number"::text),
	CONSTRAINT "pcs_tag_category_only_physics" CHECK (("pcs_tag"."tag_type" = 'p') = ("pcs_tag"."category_digit" is not null)),
	CONSTRAINT "pcs_tag_physics_number_in_category" CHECK ("pcs_tag"."tag_type" <> 'p' or "pcs_tag"."tag_number" / 1000 = "pcs_tag"."category_digit"),
	CONSTRAINT "pcs_tag_parameters_object" CHECK (jsonb_typeof("pcs_tag"."parameters") = 'object'),
	CONSTRAINT "pcs_tag_locked_at" CHECK (("pcs_tag"."status" = 'locked') = ("pcs_tag"."locked_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "pcs_validation_result" (
	"id" serial PRIMARY KEY NOT NULL,
	"sample" varchar(255) NOT NULL,
	"revision" varchar(50) DEFAULT '' NOT NULL,
	"status" "validation_status" NOT NULL,
	"benchmarks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"invalidated" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"completed_at" timestamp with time zone,
	"details_url" varchar(500) DEFAULT '' NOT NULL,
	"raw" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"received_from" varchar(100) NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "swf_agent_heartbeat" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agent_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status" "agent_status" NOT NULL,
	"operational_state" "agent_operational_state" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "swf_agent_workflow_stage" (
	"stage_id" bigserial PRIMARY KEY NOT NULL,
	"workflow_id" uuid NOT NULL,
	"agent_name" varchar(100) NOT NULL,
	"agent_type" varchar(30) NOT NULL,
	"status" varchar(30) NOT NULL,
	"received_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"processing_time_seconds" double precision,
	"failure_reason" text DEFAULT '' NOT NULL,
	"input_message" jsonb,
	"output_message" jsonb,
	"stage_metadata" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "swf_app_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"app_name" varchar(50) NOT NULL,
	"instance_name" varchar(100) NOT NULL,
	"timestamp" timestamp with time zone DEFAULT now() NOT NULL,
	"level" smallint NOT NULL,
	"levelname" varchar(10) NOT NULL,
	"message" text NOT NULL,
	"module" varchar(100) DEFAULT '' NOT NULL,
	"funcname" varchar(100) DEFAULT '' NOT NULL,
	"lineno" integer DEFAULT 0 NOT NULL,
	"process" integer DEFAULT 0 NOT NULL,
	"thread" bigint DEFAULT 0 NOT NULL,
	"action" varchar(60),
	"outcome" "action_outcome",
	"sublevel" "sublevel",
	"subject_type" varchar(40),
	"subject_key" varchar(300),
	"username" varchar(100),
	"duration_ms" integer,
	"extra_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "swf_app_log_levelname" CHECK ("swf_app_log"."levelname" in ('DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL')),
	CONSTRAINT "swf_app_log_action_fields" CHECK ("swf_app_log"."action" is null or ("swf_app_log"."outcome" is not null and "swf_app_log"."sublevel" is not null)),
	CONSTRAINT "swf_app_log_reason_when_not_ok" CHECK ("swf_app_log"."outcome" is null or "swf_app_log"."outcome" = 'ok' or length(coalesce("swf_app_log"."extra_data"->>'reason', '')) > 0)
);
--> statement-breakpoint
CREATE TABLE "swf_namespace" (
	"name" varchar(100) PRIMARY KEY NOT NULL,
	"owner" varchar(100) NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "swf_persistent_state" (
	"key" varchar(100) PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "swf_run" (
	"run_number" integer PRIMARY KEY NOT NULL,
	"start_time" timestamp with time zone NOT NULL,
	"end_time" timestamp with time zone,
	"run_conditions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "swf_run_number_floor" CHECK ("swf_run"."run_number" >= 100010),
	CONSTRAINT "swf_run_times" CHECK ("swf_run"."end_time" is null or "swf_run"."end_time" >= "swf_run"."start_time")
);
--> statement-breakpoint
CREATE TABLE "swf_run_state" (
	"run_number" integer PRIMARY KEY NOT NULL,
	"phase" varchar(30) NOT NULL,
	"state" varchar(30) NOT NULL,
	"substate" varchar(30) NOT NULL,
	"target_worker_count" integer DEFAULT 0 NOT NULL,
	"active_worker_count" integer DEFAULT 0 NOT NULL,
	"stf_samples_received" integer DEFAULT 0 NOT NULL,
	"slices_created" integer DEFAULT 0 NOT NULL,
	"slices_queued" integer DEFAULT 0 NOT NULL,
	"slices_processing" integer DEFAULT 0 NOT NULL,
	"slices_completed" integer DEFAULT 0 NOT NULL,
	"slices_failed" integer DEFAULT 0 NOT NULL,
	"state_changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "swf_stf_file" (
	"file_id" uuid PRIMARY KEY NOT NULL,
	"run_number" integer NOT NULL,
	"machine_state" varchar(20) DEFAULT 'physics' NOT NULL,
	"stf_filename" varchar(255) NOT NULL,
	"file_size_bytes" bigint DEFAULT 0 NOT NULL,
	"checksum" varchar(64) DEFAULT '' NOT NULL,
	"status" "file_status" DEFAULT 'registered' NOT NULL,
	"daq_state" varchar(30) DEFAULT '' NOT NULL,
	"daq_substate" varchar(30) DEFAULT '' NOT NULL,
	"workflow_id" uuid,
	"tf_count" integer DEFAULT 0 NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "swf_stf_file_stf_filename_unique" UNIQUE("stf_filename")
);
--> statement-breakpoint
CREATE TABLE "swf_stf_workflow" (
	"workflow_id" uuid PRIMARY KEY NOT NULL,
	"filename" varchar(255) NOT NULL,
	"namespace" varchar(100),
	"execution_id" varchar(150),
	"run_number" integer,
	"daq_state" varchar(30) DEFAULT '' NOT NULL,
	"daq_substate" varchar(30) DEFAULT '' NOT NULL,
	"generated_time" timestamp with time zone NOT NULL,
	"stf_start_time" timestamp with time zone,
	"stf_end_time" timestamp with time zone,
	"current_status" varchar(40) DEFAULT 'generated' NOT NULL,
	"current_agent" varchar(100) DEFAULT '' NOT NULL,
	"completed_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"failure_reason" text DEFAULT '' NOT NULL,
	"stf_metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "swf_stf_workflow_filename_unique" UNIQUE("filename")
);
--> statement-breakpoint
CREATE TABLE "swf_sys_config" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"config_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" varchar(100) DEFAULT 'system' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "swf_sys_config_single_row" CHECK ("swf_sys_config"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "swf_system_agent" (
	"id" serial PRIMARY KEY NOT NULL,
	"instance_name" varchar(100) NOT NULL,
	"agent_type" "agent_type" NOT NULL,
	"status" "agent_status" DEFAULT 'UNKNOWN' NOT NULL,
	"operational_state" "agent_operational_state" DEFAULT 'STARTING' NOT NULL,
	"last_heartbeat" timestamp with time zone,
	"agent_url" varchar(300) DEFAULT '' NOT NULL,
	"workflow_enabled" boolean DEFAULT true NOT NULL,
	"pid" integer,
	"hostname" varchar(200) DEFAULT '' NOT NULL,
	"namespace" varchar(100),
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"current_stf_count" integer DEFAULT 0 NOT NULL,
	"total_stf_processed" integer DEFAULT 0 NOT NULL,
	"last_stf_processed" varchar(200) DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "swf_system_agent_instance_name_unique" UNIQUE("instance_name")
);
--> statement-breakpoint
CREATE TABLE "swf_system_state_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"timestamp" timestamp with time zone NOT NULL,
	"run_number" integer,
	"event_type" varchar(50) NOT NULL,
	"state" varchar(30) NOT NULL,
	"substate" varchar(30) NOT NULL,
	"event_data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "swf_system_status" (
	"name" varchar(100) PRIMARY KEY NOT NULL,
	"category" varchar(20) NOT NULL,
	"status" "system_status_level" NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "swf_tf_file" (
	"tf_file_id" uuid PRIMARY KEY NOT NULL,
	"stf_file_id" uuid NOT NULL,
	"tf_filename" varchar(255) NOT NULL,
	"file_size_bytes" bigint DEFAULT 0 NOT NULL,
	"checksum" varchar(64) DEFAULT '' NOT NULL,
	"status" "file_status" DEFAULT 'registered' NOT NULL,
	"tf_count" integer DEFAULT 0 NOT NULL,
	"tf_first" integer DEFAULT 0 NOT NULL,
	"tf_last" integer DEFAULT 0 NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "swf_tf_file_tf_filename_unique" UNIQUE("tf_filename")
);
--> statement-breakpoint
CREATE TABLE "swf_tf_slice" (
	"id" serial PRIMARY KEY NOT NULL,
	"tf_file_id" uuid NOT NULL,
	"slice_id" smallint NOT NULL,
	"tf_first" integer NOT NULL,
	"tf_last" integer NOT NULL,
	"tf_count" integer NOT NULL,
	"run_number" integer NOT NULL,
	"status" "slice_status" DEFAULT 'queued' NOT NULL,
	"retries" smallint DEFAULT 0 NOT NULL,
	"assigned_worker" varchar(100),
	"assigned_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	CONSTRAINT "swf_tf_slice_id_range" CHECK ("swf_tf_slice"."slice_id" between 1 and 15),
	CONSTRAINT "swf_tf_slice_tf_range" CHECK ("swf_tf_slice"."tf_last" >= "swf_tf_slice"."tf_first" and "swf_tf_slice"."tf_count" = "swf_tf_slice"."tf_last" - "swf_tf_slice"."tf_first" + 1),
	CONSTRAINT "swf_tf_slice_retries" CHECK ("swf_tf_slice"."retries" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "swf_worker" (
	"worker_id" varchar(100) PRIMARY KEY NOT NULL,
	"run_number" integer,
	"panda_job" bigint,
	"location" varchar(100) DEFAULT '' NOT NULL,
	"current_slice_id" integer,
	"tf_filename" varchar(255),
	"slices_completed" integer DEFAULT 0 NOT NULL,
	"status" varchar(30) DEFAULT 'running' NOT NULL,
	"last_heartbeat" timestamp with time zone,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "swf_workflow_definition" (
	"id" serial PRIMARY KEY NOT NULL,
	"workflow_name" varchar(100) NOT NULL,
	"version" varchar(20) NOT NULL,
	"workflow_type" varchar(50) NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"parameter_values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "swf_workflow_execution" (
	"execution_id" varchar(150) PRIMARY KEY NOT NULL,
	"workflow_definition_id" integer NOT NULL,
	"namespace" varchar(100),
	"parameter_values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"performance_metrics" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" varchar(30) DEFAULT 'pending' NOT NULL,
	"start_time" timestamp with time zone NOT NULL,
	"end_time" timestamp with time zone,
	"executed_by" varchar(100) NOT NULL,
	"run_number" integer
);
--> statement-breakpoint
CREATE TABLE "swf_workflow_message" (
	"message_id" uuid PRIMARY KEY NOT NULL,
	"message_type" varchar(50) NOT NULL,
	"request_id" varchar(100),
	"sender_agent" varchar(100) DEFAULT '' NOT NULL,
	"sender_type" varchar(30) DEFAULT '' NOT NULL,
	"recipient_agent" varchar(100) DEFAULT '' NOT NULL,
	"recipient_type" varchar(30) DEFAULT '' NOT NULL,
	"namespace" varchar(100),
	"execution_id" varchar(150),
	"run_number" integer,
	"message_content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"message_metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"is_successful" boolean,
	"error_message" text DEFAULT '' NOT NULL,
	"queue_name" varchar(200) DEFAULT '' NOT NULL,
	"correlation_id" varchar(100)
);
--> statement-breakpoint
CREATE TABLE "panda_error_code" (
	"component" "error_component" NOT NULL,
	"code" integer NOT NULL,
	"name" varchar(60) NOT NULL,
	"description" text NOT NULL,
	"layer" varchar(30) DEFAULT 'unknown' NOT NULL,
	CONSTRAINT "panda_error_code_pk" PRIMARY KEY("component","code")
);
--> statement-breakpoint
CREATE TABLE "panda_harvester_workers" (
	"site" varchar(100) NOT NULL,
	"status" varchar(30) NOT NULL,
	"n_workers" integer NOT NULL,
	"observed_at" timestamp with time zone NOT NULL,
	"avg_wall_seconds" double precision,
	"detail" text DEFAULT '' NOT NULL,
	CONSTRAINT "panda_harvester_workers_pk" PRIMARY KEY("site","status","observed_at")
);
--> statement-breakpoint
CREATE TABLE "panda_job_rollup" (
	"jedi_task_id" bigint NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"computing_site" varchar(100) NOT NULL,
	"job_status" "job_status" NOT NULL,
	"error_component" varchar(20) DEFAULT '' NOT NULL,
	"error_code" integer DEFAULT 0 NOT NULL,
	"job_count" integer NOT NULL,
	CONSTRAINT "panda_job_rollup_pk" PRIMARY KEY("jedi_task_id","hour","computing_site","job_status","error_component","error_code"),
	CONSTRAINT "panda_job_rollup_count" CHECK ("panda_job_rollup"."job_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "panda_job" (
	"panda_id" bigint PRIMARY KEY NOT NULL,
	"jedi_task_id" bigint NOT NULL,
	"job_name" varchar(300) NOT NULL,
	"job_status" "job_status" NOT NULL,
	"prod_username" varchar(100) NOT NULL,
	"working_group" varchar(50),
	"transformation" varchar(100) DEFAULT 'runGen-00-00-02' NOT NULL,
	"computing_site" varchar(100) NOT NULL,
	"destination_se" varchar(100) DEFAULT '' NOT NULL,
	"core_count" smallint DEFAULT 1 NOT NULL,
	"current_priority" integer DEFAULT 900 NOT NULL,
	"attempt_nr" smallint DEFAULT 1 NOT NULL,
	"max_attempt" smallint DEFAULT 3 NOT NULL,
	"creation_time" timestamp with time zone NOT NULL,
	"modification_time" timestamp with time zone NOT NULL,
	"start_time" timestamp with time zone,
	"end_time" timestamp with time zone,
	"cpu_consumption_time" integer DEFAULT 0 NOT NULL,
	"n_events" integer DEFAULT 0 NOT NULL,
	"harvester_id" varchar(50),
	"worker_id" bigint,
	"error_component" "error_component",
	"error_code" integer,
	"brokerage_error_code" integer DEFAULT 0 NOT NULL,
	"brokerage_error_diag" text DEFAULT '' NOT NULL,
	"ddm_error_code" integer DEFAULT 0 NOT NULL,
	"ddm_error_diag" text DEFAULT '' NOT NULL,
	"exe_error_code" integer DEFAULT 0 NOT NULL,
	"exe_error_diag" text DEFAULT '' NOT NULL,
	"trans_exit_code" integer DEFAULT 0 NOT NULL,
	"jobdispatcher_error_code" integer DEFAULT 0 NOT NULL,
	"jobdispatcher_error_diag" text DEFAULT '' NOT NULL,
	"pilot_error_code" integer DEFAULT 0 NOT NULL,
	"pilot_error_diag" text DEFAULT '' NOT NULL,
	"sup_error_code" integer DEFAULT 0 NOT NULL,
	"sup_error_diag" text DEFAULT '' NOT NULL,
	"taskbuffer_error_code" integer DEFAULT 0 NOT NULL,
	"taskbuffer_error_diag" text DEFAULT '' NOT NULL,
	CONSTRAINT "panda_job_attempts" CHECK ("panda_job"."attempt_nr" >= 1 and "panda_job"."attempt_nr" <= "panda_job"."max_attempt"),
	CONSTRAINT "panda_job_error_pair" CHECK (("panda_job"."error_component" is null) = ("panda_job"."error_code" is null))
);
--> statement-breakpoint
CREATE TABLE "panda_queue" (
	"queue_name" varchar(100) PRIMARY KEY NOT NULL,
	"site" varchar(100) NOT NULL,
	"cloud" varchar(20) DEFAULT 'US' NOT NULL,
	"vo" varchar(20) DEFAULT 'eic' NOT NULL,
	"status" "queue_status" DEFAULT 'online' NOT NULL,
	"queue_type" varchar(30) DEFAULT 'production' NOT NULL,
	"resource_type" varchar(30) DEFAULT 'SCORE' NOT NULL,
	"config_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "panda_task" (
	"jedi_task_id" bigint PRIMARY KEY NOT NULL,
	"task_name" varchar(300) NOT NULL,
	"status" "panda_task_status" NOT NULL,
	"username" varchar(100) NOT NULL,
	"working_group" varchar(50),
	"processing_type" varchar(50) DEFAULT 'epicproduction' NOT NULL,
	"prod_source_label" varchar(20) DEFAULT 'test' NOT NULL,
	"req_id" integer,
	"campaign" varchar(50) DEFAULT '' NOT NULL,
	"site" varchar(100) DEFAULT '' NOT NULL,
	"core_count" smallint DEFAULT 1 NOT NULL,
	"ram_count" integer DEFAULT 2000 NOT NULL,
	"walltime" integer DEFAULT 7200 NOT NULL,
	"task_priority" integer DEFAULT 900 NOT NULL,
	"creation_date" timestamp with time zone NOT NULL,
	"modification_time" timestamp with time zone NOT NULL,
	"start_time" timestamp with time zone,
	"end_time" timestamp with time zone,
	"error_dialog" text DEFAULT '' NOT NULL,
	"attempt_nr" smallint DEFAULT 1 NOT NULL,
	"n_files_total" integer DEFAULT 0 NOT NULL,
	"n_files_finished" integer DEFAULT 0 NOT NULL,
	"n_files_failed" integer DEFAULT 0 NOT NULL,
	"n_final_failed" integer DEFAULT 0 NOT NULL,
	"n_events_total" bigint DEFAULT 0 NOT NULL,
	"n_events_processed" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "panda_task_file_counts" CHECK ("panda_task"."n_files_finished" >= 0 and "panda_task"."n_files_failed" >= 0 and "panda_task"."n_final_failed" >= 0 and "panda_task"."n_files_finished" + "panda_task"."n_final_failed" <= "panda_task"."n_files_total")
);
--> statement-breakpoint
CREATE TABLE "rucio_rse" (
	"name" varchar(100) PRIMARY KEY NOT NULL,
	"site" varchar(100) NOT NULL,
	"rse_type" varchar(10) DEFAULT 'DISK' NOT NULL,
	"is_tape" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"xrootd_prefix" varchar(300) DEFAULT '' NOT NULL,
	"total_bytes" bigint DEFAULT 0 NOT NULL,
	"used_bytes" bigint DEFAULT 0 NOT NULL,
	"config_data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rucio_dataset" (
	"scope" varchar(50) NOT NULL,
	"name" varchar(300) NOT NULL,
	"did_type" "did_type" DEFAULT 'DATASET' NOT NULL,
	"is_open" boolean DEFAULT true NOT NULL,
	"length" integer DEFAULT 0 NOT NULL,
	"bytes" bigint DEFAULT 0 NOT NULL,
	"available_length" integer DEFAULT 0 NOT NULL,
	"events" bigint DEFAULT 0 NOT NULL,
	"account" varchar(50) DEFAULT 'eicprod' NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rucio_dataset_pk" PRIMARY KEY("scope","name"),
	CONSTRAINT "rucio_dataset_not_file" CHECK ("rucio_dataset"."did_type" <> 'FILE'),
	CONSTRAINT "rucio_dataset_counts" CHECK ("rucio_dataset"."available_length" between 0 and "rucio_dataset"."length" and "rucio_dataset"."length" <= 100000)
);
--> statement-breakpoint
CREATE TABLE "rucio_file" (
	"scope" varchar(50) NOT NULL,
	"name" varchar(300) NOT NULL,
	"dataset_scope" varchar(50) NOT NULL,
	"dataset_name" varchar(300) NOT NULL,
	"bytes" bigint NOT NULL,
	"adler32" varchar(8) NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	"panda_id" bigint,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rucio_file_pk" PRIMARY KEY("scope","name")
);
--> statement-breakpoint
CREATE TABLE "rucio_replica" (
	"scope" varchar(50) NOT NULL,
	"name" varchar(300) NOT NULL,
	"rse" varchar(100) NOT NULL,
	"state" "replica_state" NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rucio_replica_pk" PRIMARY KEY("scope","name","rse")
);
--> statement-breakpoint
CREATE TABLE "rucio_rule" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scope" varchar(50) NOT NULL,
	"name" varchar(300) NOT NULL,
	"rse_expression" varchar(200) NOT NULL,
	"copies" smallint DEFAULT 1 NOT NULL,
	"state" "rule_state" NOT NULL,
	"account" varchar(50) NOT NULL,
	"locks_ok" integer DEFAULT 0 NOT NULL,
	"locks_replicating" integer DEFAULT 0 NOT NULL,
	"locks_stuck" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rucio_rule_copies" CHECK ("rucio_rule"."copies" >= 1)
);
--> statement-breakpoint
CREATE TABLE "artifact_page" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(300) NOT NULL,
	"section" varchar(60) NOT NULL,
	"title" varchar(300) NOT NULL,
	"subject_type" varchar(40),
	"subject_key" varchar(300),
	"ui_visible" integer DEFAULT 1 NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "artifact_page_slug_unique" UNIQUE("slug"),
	CONSTRAINT "artifact_page_section" CHECK ("artifact_page"."section" in ('epicprod.assessment', 'epicprod.assessment.bundle', 'epicprod.narrative', 'epicprod.report'))
);
--> statement-breakpoint
CREATE TABLE "artifact_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"page_id" integer NOT NULL,
	"version" integer NOT NULL,
	"status" "artifact_status" DEFAULT 'published' NOT NULL,
	"content" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"verdict" varchar(20),
	"quality" varchar(10) DEFAULT '' NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"model" varchar(100),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "artifact_version_positive" CHECK ("artifact_version"."version" >= 1),
	CONSTRAINT "artifact_version_verdict" CHECK ("artifact_version"."verdict" is null or "artifact_version"."verdict" in ('ok', 'attention', 'alarm')),
	CONSTRAINT "artifact_version_quality" CHECK ("artifact_version"."quality" in ('', 'wrong', 'poor', 'ok', 'good'))
);
--> statement-breakpoint
CREATE TABLE "ai_approval" (
	"id" serial PRIMARY KEY NOT NULL,
	"proposal_id" integer NOT NULL,
	"decision" "decision" NOT NULL,
	"principal" varchar(100) NOT NULL,
	"role" varchar(30) NOT NULL,
	"surface" varchar(20) NOT NULL,
	"nonce" varchar(100),
	"quality" varchar(10) DEFAULT '' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_approval_nonce_unique" UNIQUE("nonce"),
	CONSTRAINT "ai_approval_surface" CHECK ("ai_approval"."surface" in ('mattermost', 'web', 'rest', 'cli'))
);
--> statement-breakpoint
CREATE TABLE "ops_execution" (
	"id" serial PRIMARY KEY NOT NULL,
	"dedup_key" varchar(200) NOT NULL,
	"msg_type" varchar(60) NOT NULL,
	"proposal_id" integer,
	"requested_by" varchar(100) NOT NULL,
	"status" "execution_status" DEFAULT 'queued' NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"result" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ops_execution_dedup_key_unique" UNIQUE("dedup_key")
);
--> statement-breakpoint
CREATE TABLE "ops_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"destination" varchar(200) NOT NULL,
	"message_key" varchar(200) NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text DEFAULT '' NOT NULL,
	CONSTRAINT "ops_outbox_message_key_unique" UNIQUE("message_key")
);
--> statement-breakpoint
CREATE TABLE "ai_proposal" (
	"id" serial PRIMARY KEY NOT NULL,
	"prefix" varchar(4) NOT NULL,
	"action" varchar(60) NOT NULL,
	"subject_type" varchar(40) NOT NULL,
	"subject_key" varchar(300) NOT NULL,
	"counterpart_key" varchar(300) DEFAULT '' NOT NULL,
	"payload" jsonb NOT NULL,
	"comment" text NOT NULL,
	"confidence" real,
	"proposer" varchar(100) NOT NULL,
	"scan_version" varchar(50) DEFAULT '' NOT NULL,
	"batch_id" varchar(100) DEFAULT '' NOT NULL,
	"executor" "proposal_executor" NOT NULL,
	"precondition" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"input_hash" varchar(40) NOT NULL,
	"impact_preview" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"risk_class" "risk_class" NOT NULL,
	"approval_policy" "approval_policy" NOT NULL,
	"status" "proposal_status" DEFAULT 'proposed' NOT NULL,
	"quality" varchar(10) DEFAULT '' NOT NULL,
	"origin" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" varchar(100),
	"decided_at" timestamp with time zone,
	"executed_log_id" bigint,
	"undone_by" varchar(100),
	"undone_at" timestamp with time zone,
	"undone_log_id" bigint,
	"outcome" jsonb,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ai_proposal_prefix" CHECK ("ai_proposal"."prefix" in ('cp', 'ap')),
	CONSTRAINT "ai_proposal_prefix_matches_action" CHECK (("ai_proposal"."action" = 'propagation') = ("ai_proposal"."prefix" = 'cp')),
	CONSTRAINT "ai_proposal_comment" CHECK (length(trim("ai_proposal"."comment")) > 0),
	CONSTRAINT "ai_proposal_quality" CHECK ("ai_proposal"."quality" in ('', 'wrong', 'poor', 'ok', 'good')),
	CONSTRAINT "ai_proposal_decided" CHECK ("ai_proposal"."status" in ('proposed', 'withdrawn', 'expired', 'stale') or "ai_proposal"."decided_by" is not null)
);
--> statement-breakpoint
CREATE TABLE "conversation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"surface" varchar(20) NOT NULL,
	"thread_key" varchar(200) NOT NULL,
	"channel" varchar(100) DEFAULT '' NOT NULL,
	"is_direct" boolean DEFAULT false NOT NULL,
	"started_by" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_surface" CHECK ("conversation"."surface" in ('mattermost', 'web', 'cli', 'api', 'eval'))
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" varchar(40) PRIMARY KEY NOT NULL,
	"tool_name" varchar(100) NOT NULL,
	"arguments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"url" varchar(500) DEFAULT '' NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_tool_call" (
	"id" serial PRIMARY KEY NOT NULL,
	"turn_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"tool_name" varchar(100) NOT NULL,
	"arguments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_error" boolean DEFAULT false NOT NULL,
	"evidence_id" varchar(40),
	"result_chars" integer DEFAULT 0 NOT NULL,
	"duration_ms" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_turn" (
	"id" uuid PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"username" varchar(100) NOT NULL,
	"user_text" text NOT NULL,
	"answer_text" text DEFAULT '' NOT NULL,
	"status" "turn_status" DEFAULT 'running' NOT NULL,
	"provider" varchar(30) NOT NULL,
	"model" varchar(100) NOT NULL,
	"tool_rounds" integer DEFAULT 0 NOT NULL,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cache_read_tokens" integer DEFAULT 0 NOT NULL,
	"cache_write_tokens" integer DEFAULT 0 NOT NULL,
	"cost_usd" numeric(12, 6) DEFAULT 0 NOT NULL,
	"latency_ms" integer,
	"grounding" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "alarm_definition" (
	"id" serial PRIMARY KEY NOT NULL,
	"entry_id" varchar(100) NOT NULL,
	"module" varchar(60) NOT NULL,
	"title" varchar(200) NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"severity" "alarm_severity" DEFAULT 'warning' NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"renotification_window_hours" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "alarm_definition_entry_id_unique" UNIQUE("entry_id"),
	CONSTRAINT "alarm_definition_entry_id" CHECK ("alarm_definition"."entry_id" like 'alarm\_%')
);
--> statement-breakpoint
CREATE TABLE "alarm_engine_run" (
	"id" serial PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"alarms_run" integer DEFAULT 0 NOT NULL,
	"alarms_seen" integer DEFAULT 0 NOT NULL,
	"notifications_sent" integer DEFAULT 0 NOT NULL,
	"errors" integer DEFAULT 0 NOT NULL,
	"error_details" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"per_alarm" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alarm_event" (
	"id" serial PRIMARY KEY NOT NULL,
	"alarm_id" integer NOT NULL,
	"dedupe_key" varchar(300) NOT NULL,
	"subject" varchar(300) NOT NULL,
	"fire_time" timestamp with time zone NOT NULL,
	"clear_time" timestamp with time zone,
	"last_seen" timestamp with time zone NOT NULL,
	"last_notified" timestamp with time zone,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alarm_team" (
	"alias" varchar(60) PRIMARY KEY NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_token" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"name" varchar(100) NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"prefix" varchar(16) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" varchar(100) NOT NULL,
	"display_name" varchar(200) DEFAULT '' NOT NULL,
	"role" "role" DEFAULT 'viewer' NOT NULL,
	"external_ids" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "app_user_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "idempotency_key" (
	"key" varchar(200) PRIMARY KEY NOT NULL,
	"scope" varchar(100) NOT NULL,
	"request_hash" varchar(64) NOT NULL,
	"status_code" integer NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pcs_campaign" ADD CONSTRAINT "pcs_campaign_clone_of_fk" FOREIGN KEY ("clone_of_id") REFERENCES "public"."pcs_campaign"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_dataset" ADD CONSTRAINT "pcs_dataset_campaign_id_pcs_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."pcs_campaign"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_dataset" ADD CONSTRAINT "pcs_dataset_physics_config_id_pcs_physics_config_id_fk" FOREIGN KEY ("physics_config_id") REFERENCES "public"."pcs_physics_config"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_dataset" ADD CONSTRAINT "pcs_dataset_physics_tag_fk" FOREIGN KEY ("physics_tag_id","physics_tag_type") REFERENCES "public"."pcs_tag"("id","tag_type") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_dataset" ADD CONSTRAINT "pcs_dataset_evgen_tag_fk" FOREIGN KEY ("evgen_tag_id","evgen_tag_type") REFERENCES "public"."pcs_tag"("id","tag_type") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_dataset" ADD CONSTRAINT "pcs_dataset_simu_tag_fk" FOREIGN KEY ("simu_tag_id","simu_tag_type") REFERENCES "public"."pcs_tag"("id","tag_type") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_dataset" ADD CONSTRAINT "pcs_dataset_reco_tag_fk" FOREIGN KEY ("reco_tag_id","reco_tag_type") REFERENCES "public"."pcs_tag"("id","tag_type") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_dataset" ADD CONSTRAINT "pcs_dataset_background_tag_fk" FOREIGN KEY ("background_tag_id","background_tag_type") REFERENCES "public"."pcs_tag"("id","tag_type") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_panda_tasks" ADD CONSTRAINT "pcs_panda_tasks_prod_task_id_pcs_prod_task_id_fk" FOREIGN KEY ("prod_task_id") REFERENCES "public"."pcs_prod_task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_physics_config" ADD CONSTRAINT "pcs_physics_config_physics_tag_id_pcs_tag_id_fk" FOREIGN KEY ("physics_tag_id") REFERENCES "public"."pcs_tag"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_physics_config" ADD CONSTRAINT "pcs_physics_config_background_tag_id_pcs_tag_id_fk" FOREIGN KEY ("background_tag_id") REFERENCES "public"."pcs_tag"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_prod_request" ADD CONSTRAINT "pcs_prod_request_questionnaire_id_pcs_questionnaire_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."pcs_questionnaire"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_prod_task" ADD CONSTRAINT "pcs_prod_task_dataset_id_pcs_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."pcs_dataset"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_prod_task" ADD CONSTRAINT "pcs_prod_task_prod_config_id_pcs_prod_config_id_fk" FOREIGN KEY ("prod_config_id") REFERENCES "public"."pcs_prod_config"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_prod_task" ADD CONSTRAINT "pcs_prod_task_campaign_id_pcs_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."pcs_campaign"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_prod_task" ADD CONSTRAINT "pcs_prod_task_request_id_pcs_prod_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."pcs_prod_request"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pcs_tag" ADD CONSTRAINT "pcs_tag_category_digit_pcs_physics_category_digit_fk" FOREIGN KEY ("category_digit") REFERENCES "public"."pcs_physics_category"("digit") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_agent_heartbeat" ADD CONSTRAINT "swf_agent_heartbeat_agent_id_swf_system_agent_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."swf_system_agent"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_agent_workflow_stage" ADD CONSTRAINT "swf_agent_workflow_stage_workflow_id_swf_stf_workflow_workflow_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."swf_stf_workflow"("workflow_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_run_state" ADD CONSTRAINT "swf_run_state_run_number_swf_run_run_number_fk" FOREIGN KEY ("run_number") REFERENCES "public"."swf_run"("run_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_stf_file" ADD CONSTRAINT "swf_stf_file_run_number_swf_run_run_number_fk" FOREIGN KEY ("run_number") REFERENCES "public"."swf_run"("run_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_stf_workflow" ADD CONSTRAINT "swf_stf_workflow_execution_id_swf_workflow_execution_execution_id_fk" FOREIGN KEY ("execution_id") REFERENCES "public"."swf_workflow_execution"("execution_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_system_agent" ADD CONSTRAINT "swf_system_agent_namespace_swf_namespace_name_fk" FOREIGN KEY ("namespace") REFERENCES "public"."swf_namespace"("name") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_system_state_event" ADD CONSTRAINT "swf_system_state_event_run_number_swf_run_run_number_fk" FOREIGN KEY ("run_number") REFERENCES "public"."swf_run"("run_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_tf_file" ADD CONSTRAINT "swf_tf_file_stf_file_id_swf_stf_file_file_id_fk" FOREIGN KEY ("stf_file_id") REFERENCES "public"."swf_stf_file"("file_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_tf_slice" ADD CONSTRAINT "swf_tf_slice_tf_file_id_swf_tf_file_tf_file_id_fk" FOREIGN KEY ("tf_file_id") REFERENCES "public"."swf_tf_file"("tf_file_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_worker" ADD CONSTRAINT "swf_worker_run_number_swf_run_run_number_fk" FOREIGN KEY ("run_number") REFERENCES "public"."swf_run"("run_number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_workflow_execution" ADD CONSTRAINT "swf_workflow_execution_workflow_definition_id_swf_workflow_definition_id_fk" FOREIGN KEY ("workflow_definition_id") REFERENCES "public"."swf_workflow_definition"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "swf_workflow_execution" ADD CONSTRAINT "swf_workflow_execution_namespace_swf_namespace_name_fk" FOREIGN KEY ("namespace") REFERENCES "public"."swf_namespace"("name") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panda_job_rollup" ADD CONSTRAINT "panda_job_rollup_jedi_task_id_panda_task_jedi_task_id_fk" FOREIGN KEY ("jedi_task_id") REFERENCES "public"."panda_task"("jedi_task_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panda_job" ADD CONSTRAINT "panda_job_jedi_task_id_panda_task_jedi_task_id_fk" FOREIGN KEY ("jedi_task_id") REFERENCES "public"."panda_task"("jedi_task_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rucio_replica" ADD CONSTRAINT "rucio_replica_rse_rucio_rse_name_fk" FOREIGN KEY ("rse") REFERENCES "public"."rucio_rse"("name") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "artifact_version" ADD CONSTRAINT "artifact_version_page_id_artifact_page_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."artifact_page"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_approval" ADD CONSTRAINT "ai_approval_proposal_id_ai_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."ai_proposal"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ops_execution" ADD CONSTRAINT "ops_execution_proposal_id_ai_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."ai_proposal"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_tool_call" ADD CONSTRAINT "conversation_tool_call_turn_id_conversation_turn_id_fk" FOREIGN KEY ("turn_id") REFERENCES "public"."conversation_turn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_turn" ADD CONSTRAINT "conversation_turn_conversation_id_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alarm_event" ADD CONSTRAINT "alarm_event_alarm_id_alarm_definition_id_fk" FOREIGN KEY ("alarm_id") REFERENCES "public"."alarm_definition"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pcs_campaign_one_current_uq" ON "pcs_campaign" USING btree ("lifecycle") WHERE "pcs_campaign"."lifecycle" = 'current';--> statement-breakpoint
CREATE UNIQUE INDEX "pcs_campaign_one_last_uq" ON "pcs_campaign" USING btree ("lifecycle") WHERE "pcs_campaign"."lifecycle" = 'last';--> statement-breakpoint
CREATE INDEX "pcs_comment_subject_idx" ON "pcs_comment" USING btree ("subject_type","subject_key","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pcs_dataset_name_block_uq" ON "pcs_dataset" USING btree ("dataset_name","block_num");--> statement-breakpoint
CREATE INDEX "pcs_dataset_composed_name_idx" ON "pcs_dataset" USING btree ("composed_name");--> statement-breakpoint
CREATE INDEX "pcs_dataset_campaign_idx" ON "pcs_dataset" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "pcs_dataset_physics_tag_idx" ON "pcs_dataset" USING btree ("physics_tag_id");--> statement-breakpoint
CREATE INDEX "pcs_dataset_physics_config_idx" ON "pcs_dataset" USING btree ("physics_config_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pcs_panda_tasks_try_uq" ON "pcs_panda_tasks" USING btree ("prod_task_id","try_number");--> statement-breakpoint
CREATE INDEX "pcs_panda_tasks_name_idx" ON "pcs_panda_tasks" USING btree ("task_name");--> statement-breakpoint
CREATE INDEX "pcs_prod_request_status_idx" ON "pcs_prod_request" USING btree ("status");--> statement-breakpoint
CREATE INDEX "pcs_prod_request_requestor_idx" ON "pcs_prod_request" USING btree ("requestor");--> statement-breakpoint
CREATE INDEX "pcs_prod_task_composed_name_idx" ON "pcs_prod_task" USING btree ("composed_name");--> statement-breakpoint
CREATE INDEX "pcs_prod_task_campaign_status_idx" ON "pcs_prod_task" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "pcs_prod_task_request_idx" ON "pcs_prod_task" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "pcs_prod_task_dataset_idx" ON "pcs_prod_task" USING btree ("dataset_id");--> statement-breakpoint
CREATE INDEX "pcs_prod_task_panda_task_idx" ON "pcs_prod_task" USING btree ("panda_task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pcs_tag_type_number_uq" ON "pcs_tag" USING btree ("tag_type","tag_number");--> statement-breakpoint
CREATE INDEX "pcs_tag_type_status_idx" ON "pcs_tag" USING btree ("tag_type","status");--> statement-breakpoint
CREATE INDEX "pcs_validation_result_sample_idx" ON "pcs_validation_result" USING btree ("sample","revision","received_at");--> statement-breakpoint
CREATE INDEX "swf_agent_heartbeat_agent_at_idx" ON "swf_agent_heartbeat" USING btree ("agent_id","at");--> statement-breakpoint
CREATE INDEX "swf_agent_workflow_stage_wf_idx" ON "swf_agent_workflow_stage" USING btree ("workflow_id");--> statement-breakpoint
CREATE INDEX "swf_app_log_app_time_idx" ON "swf_app_log" USING btree ("app_name","timestamp");--> statement-breakpoint
CREATE INDEX "swf_app_log_action_time_idx" ON "swf_app_log" USING btree ("action","timestamp");--> statement-breakpoint
CREATE INDEX "swf_app_log_subject_idx" ON "swf_app_log" USING btree ("subject_key");--> statement-breakpoint
CREATE INDEX "swf_stf_file_run_idx" ON "swf_stf_file" USING btree ("run_number","status");--> statement-breakpoint
CREATE INDEX "swf_stf_workflow_exec_idx" ON "swf_stf_workflow" USING btree ("execution_id");--> statement-breakpoint
CREATE INDEX "swf_system_agent_type_idx" ON "swf_system_agent" USING btree ("agent_type","status");--> statement-breakpoint
CREATE INDEX "swf_system_agent_heartbeat_idx" ON "swf_system_agent" USING btree ("last_heartbeat");--> statement-breakpoint
CREATE INDEX "swf_system_state_event_run_idx" ON "swf_system_state_event" USING btree ("run_number","timestamp");--> statement-breakpoint
CREATE INDEX "swf_tf_file_stf_idx" ON "swf_tf_file" USING btree ("stf_file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "swf_tf_slice_file_slice_uq" ON "swf_tf_slice" USING btree ("tf_file_id","slice_id");--> statement-breakpoint
CREATE INDEX "swf_tf_slice_run_status_idx" ON "swf_tf_slice" USING btree ("run_number","status");--> statement-breakpoint
CREATE INDEX "swf_worker_run_idx" ON "swf_worker" USING btree ("run_number");--> statement-breakpoint
CREATE UNIQUE INDEX "swf_workflow_definition_name_version_uq" ON "swf_workflow_definition" USING btree ("workflow_name","version");--> statement-breakpoint
CREATE INDEX "swf_workflow_execution_status_idx" ON "swf_workflow_execution" USING btree ("status","start_time");--> statement-breakpoint
CREATE INDEX "swf_workflow_execution_ns_idx" ON "swf_workflow_execution" USING btree ("namespace");--> statement-breakpoint
CREATE INDEX "swf_workflow_message_sent_idx" ON "swf_workflow_message" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "swf_workflow_message_type_idx" ON "swf_workflow_message" USING btree ("message_type","sent_at");--> statement-breakpoint
CREATE INDEX "swf_workflow_message_exec_idx" ON "swf_workflow_message" USING btree ("execution_id");--> statement-breakpoint
CREATE INDEX "panda_job_rollup_hour_site_idx" ON "panda_job_rollup" USING btree ("hour","computing_site");--> statement-breakpoint
CREATE INDEX "panda_job_rollup_site_hour_idx" ON "panda_job_rollup" USING btree ("computing_site","hour");--> statement-breakpoint
CREATE INDEX "panda_job_task_status_idx" ON "panda_job" USING btree ("jedi_task_id","job_status");--> statement-breakpoint
CREATE INDEX "panda_job_task_id_idx" ON "panda_job" USING btree ("jedi_task_id","panda_id");--> statement-breakpoint
CREATE INDEX "panda_job_modification_idx" ON "panda_job" USING btree ("modification_time");--> statement-breakpoint
CREATE INDEX "panda_job_failed_site_time_idx" ON "panda_job" USING btree ("computing_site","modification_time") WHERE "panda_job"."job_status" in ('failed', 'cancelled', 'closed', 'broken');--> statement-breakpoint
CREATE INDEX "panda_task_name_idx" ON "panda_task" USING btree ("task_name");--> statement-breakpoint
CREATE INDEX "panda_task_status_idx" ON "panda_task" USING btree ("status","modification_time");--> statement-breakpoint
CREATE INDEX "panda_task_campaign_idx" ON "panda_task" USING btree ("campaign","status");--> statement-breakpoint
CREATE INDEX "panda_task_modification_idx" ON "panda_task" USING btree ("modification_time");--> statement-breakpoint
CREATE INDEX "rucio_file_dataset_idx" ON "rucio_file" USING btree ("dataset_scope","dataset_name");--> statement-breakpoint
CREATE INDEX "rucio_replica_rse_idx" ON "rucio_replica" USING btree ("rse","state");--> statement-breakpoint
CREATE INDEX "rucio_rule_did_idx" ON "rucio_rule" USING btree ("scope","name");--> statement-breakpoint
CREATE INDEX "artifact_page_subject_idx" ON "artifact_page" USING btree ("subject_type","subject_key");--> statement-breakpoint
CREATE INDEX "artifact_page_section_idx" ON "artifact_page" USING btree ("section","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "artifact_version_page_version_uq" ON "artifact_version" USING btree ("page_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_approval_one_per_principal_uq" ON "ai_approval" USING btree ("proposal_id","principal");--> statement-breakpoint
CREATE INDEX "ops_execution_proposal_idx" ON "ops_execution" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "ops_outbox_unsent_idx" ON "ops_outbox" USING btree ("created_at") WHERE "ops_outbox"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "ai_proposal_subject_idx" ON "ai_proposal" USING btree ("subject_key","input_hash");--> statement-breakpoint
CREATE INDEX "ai_proposal_status_idx" ON "ai_proposal" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_proposal_open_uq" ON "ai_proposal" USING btree ("subject_key","input_hash") WHERE "ai_proposal"."status" in ('proposed', 'approved_pending_execution');--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_surface_thread_uq" ON "conversation" USING btree ("surface","thread_key");--> statement-breakpoint
CREATE INDEX "evidence_created_idx" ON "evidence" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "conversation_tool_call_turn_idx" ON "conversation_tool_call" USING btree ("turn_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_turn_seq_uq" ON "conversation_turn" USING btree ("conversation_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "alarm_event_active_uq" ON "alarm_event" USING btree ("alarm_id","dedupe_key") WHERE "alarm_event"."clear_time" is null;--> statement-breakpoint
CREATE INDEX "alarm_event_fire_idx" ON "alarm_event" USING btree ("fire_time");--> statement-breakpoint
CREATE INDEX "api_token_user_idx" ON "api_token" USING btree ("user_id");