-- panda_site_rollup is panda_job_rollup with the task folded into user and campaign. Every writer
-- of job state already maintains the task rollup (ADR 0003); this statement trigger carries each
-- change on to the site rollup in the same transaction, so no writer can forget it and a bulk
-- insert costs one grouped upsert, not one per row. Transition tables need one trigger per event;
-- the single function below builds the signed delta for whichever event fired. Rows go in hour
-- order so a bulk fill lays the table out the way every summary reads it (a window of hours).
CREATE FUNCTION panda_site_rollup_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cols CONSTANT text := 'jedi_task_id, hour, computing_site, job_status, error_component, error_code';
  source text;
BEGIN
  source := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %s, job_count FROM new_rows', cols)
    WHEN 'DELETE' THEN format('SELECT %s, -job_count AS job_count FROM old_rows', cols)
    ELSE format('SELECT %1$s, job_count FROM new_rows UNION ALL SELECT %1$s, -job_count FROM old_rows', cols)
  END;
  -- Existing keys are updated first and only new keys inserted: a CHECK is tested on the row an
  -- INSERT proposes, before ON CONFLICT could turn it into an update, so a negative delta must
  -- never be proposed as a new row (if it is, the site rollup had drifted and the error says so).
  EXECUTE format($q$
    WITH delta AS (
      SELECT r.hour, r.computing_site, t.username, t.campaign, r.job_status, r.error_component, r.error_code,
             sum(r.job_count)::int AS job_count, sum(r.job_count::float8 * t.core_count * t.walltime) AS est_core_seconds
      FROM (%s) r JOIN panda_task t ON t.jedi_task_id = r.jedi_task_id
      GROUP BY 1, 2, 3, 4, 5, 6, 7
      HAVING sum(r.job_count) <> 0 OR sum(r.job_count::float8 * t.core_count * t.walltime) <> 0
    ), updated AS (
      UPDATE panda_site_rollup s SET job_count = s.job_count + d.job_count, est_core_seconds = s.est_core_seconds + d.est_core_seconds
      FROM delta d
      WHERE (s.hour, s.computing_site, s.username, s.campaign, s.job_status, s.error_component, s.error_code)
          = (d.hour, d.computing_site, d.username, d.campaign, d.job_status, d.error_component, d.error_code)
      RETURNING s.hour, s.computing_site, s.username, s.campaign, s.job_status, s.error_component, s.error_code
    )
    INSERT INTO panda_site_rollup AS s (hour, computing_site, username, campaign, job_status, error_component, error_code, job_count, est_core_seconds)
    SELECT d.* FROM delta d
    WHERE NOT EXISTS (SELECT 1 FROM updated u
      WHERE (u.hour, u.computing_site, u.username, u.campaign, u.job_status, u.error_component, u.error_code)
          = (d.hour, d.computing_site, d.username, d.campaign, d.job_status, d.error_component, d.error_code))
    ORDER BY d.hour
    ON CONFLICT ON CONSTRAINT panda_site_rollup_pk DO UPDATE
      SET job_count = s.job_count + excluded.job_count, est_core_seconds = s.est_core_seconds + excluded.est_core_seconds
  $q$, source);
  -- Keys that dropped to zero are removed so "distinct sites" style counts see only real jobs.
  IF TG_OP <> 'INSERT' THEN
    EXECUTE format($q$
      DELETE FROM panda_site_rollup s USING (SELECT DISTINCT hour, computing_site FROM (%s) r) k
      WHERE s.job_count = 0 AND s.hour = k.hour AND s.computing_site = k.computing_site
    $q$, source);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER panda_site_rollup_on_insert AFTER INSERT ON panda_job_rollup
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION panda_site_rollup_apply();
--> statement-breakpoint
CREATE TRIGGER panda_site_rollup_on_update AFTER UPDATE ON panda_job_rollup
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION panda_site_rollup_apply();
--> statement-breakpoint
CREATE TRIGGER panda_site_rollup_on_delete AFTER DELETE ON panda_job_rollup
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION panda_site_rollup_apply();
