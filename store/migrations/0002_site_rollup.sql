CREATE TABLE "panda_site_rollup" (
	"hour" timestamp with time zone NOT NULL,
	"computing_site" varchar(100) NOT NULL,
	"username" varchar(100) NOT NULL,
	"campaign" varchar(50) NOT NULL,
	"job_status" "job_status" NOT NULL,
	"error_component" varchar(20) DEFAULT '' NOT NULL,
	"error_code" integer DEFAULT 0 NOT NULL,
	"job_count" integer NOT NULL,
	"est_core_seconds" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "panda_site_rollup_pk" PRIMARY KEY("hour","computing_site","username","campaign","job_status","error_component","error_code"),
	CONSTRAINT "panda_site_rollup_count" CHECK ("panda_site_rollup"."job_count" >= 0)
);
--> statement-breakpoint
CREATE INDEX "panda_site_rollup_site_hour_idx" ON "panda_site_rollup" USING btree ("computing_site","hour");--> statement-breakpoint
CREATE INDEX "panda_site_rollup_campaign_hour_idx" ON "panda_site_rollup" USING btree ("campaign","hour");--> statement-breakpoint
CREATE INDEX "panda_job_rollup_error_hour_idx" ON "panda_job_rollup" USING btree ("error_component","error_code","hour","job_status","jedi_task_id","job_count") WHERE "panda_job_rollup"."error_code" <> 0;