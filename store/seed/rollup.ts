import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { rowsOf } from '../services/counters.ts';

/** The grouping both the rebuild and the check use; '' / 0 stand for "no error" (schema note). */
const RAW_GROUPS = sql.raw(`
  select jedi_task_id, date_trunc('hour', modification_time) as hour, computing_site, job_status,
         coalesce(error_component::text, '') as error_component, coalesce(error_code, 0) as error_code, count(*)::int as job_count
  from panda_job
  group by 1, 2, 3, 4, 5, 6`);

/** Replaces panda_job_rollup with a recount of panda_job (one INSERT … SELECT … GROUP BY). */
export async function rebuildJobRollup(db: Executor): Promise<void> {
  await db.execute(sql`delete from panda_job_rollup`);
  await db.execute(sql`
    insert into panda_job_rollup (jedi_task_id, hour, computing_site, job_status, error_component, error_code, job_count)
    ${RAW_GROUPS}`);
}

export interface RollupMismatch {
  jediTaskId: number;
  hour: string;
  computingSite: string;
  jobStatus: string;
  errorComponent: string;
  errorCode: number;
  rollupCount: number | null;
  rawCount: number | null;
}

/** Keys where the rollup and a raw recount disagree (missing on either side counts as a mismatch). */
export async function diffJobRollup(db: Executor, limit = 100): Promise<RollupMismatch[]> {
  const result = await db.execute(sql`
    with raw as (${RAW_GROUPS}),
    roll as (select jedi_task_id, hour, computing_site, job_status::text as job_status, error_component, error_code, job_count from panda_job_rollup where job_count > 0)
    select coalesce(raw.jedi_task_id, roll.jedi_task_id) as "jediTaskId", coalesce(raw.hour, roll.hour) as hour,
           coalesce(raw.computing_site, roll.computing_site) as "computingSite", coalesce(raw.job_status::text, roll.job_status) as "jobStatus",
           coalesce(raw.error_component, roll.error_component) as "errorComponent", coalesce(raw.error_code, roll.error_code) as "errorCode",
           roll.job_count as "rollupCount", raw.job_count as "rawCount"
    from raw full outer join roll
      on raw.jedi_task_id = roll.jedi_task_id and raw.hour = roll.hour and raw.computing_site = roll.computing_site
     and raw.job_status::text = roll.job_status and raw.error_component = roll.error_component and raw.error_code = roll.error_code
    where raw.job_count is distinct from roll.job_count
    limit ${limit}`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    jediTaskId: Number(r.jediTaskId), hour: new Date(r.hour as string | Date).toISOString(), computingSite: String(r.computingSite),
    jobStatus: String(r.jobStatus), errorComponent: String(r.errorComponent), errorCode: Number(r.errorCode),
    rollupCount: r.rollupCount === null ? null : Number(r.rollupCount), rawCount: r.rawCount === null ? null : Number(r.rawCount),
  }));
}

/** True when the rollup equals a raw recount. */
export async function verifyRollups(db: Executor): Promise<boolean> {
  return (await diffJobRollup(db, 1)).length === 0;
}
