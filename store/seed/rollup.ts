import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { rowsOf } from '../services/counters.ts';

/** The grouping both the rebuild and the check use; '' / 0 stand for "no error" (schema note). */
const RAW_GROUPS = sql.raw(`
  select jedi_task_id, date_trunc('hour', modification_time) as hour, computing_site, job_status,
         coalesce(error_component::text, '') as error_component, coalesce(error_code, 0) as error_code, count(*)::int as job_count
  from panda_job
  group by 1, 2, 3, 4, 5, 6`);

/** The same recount at the site rollup's grain: the task folded into its user and campaign (and cores × walltime). */
const RAW_SITE_GROUPS = sql.raw(`
  select date_trunc('hour', j.modification_time) as hour, j.computing_site, t.username, t.campaign, j.job_status,
         coalesce(j.error_component::text, '') as error_component, coalesce(j.error_code, 0) as error_code, count(*)::int as job_count,
         sum(t.core_count::float8 * t.walltime) as est_core_seconds
  from panda_job j join panda_task t on t.jedi_task_id = j.jedi_task_id
  group by 1, 2, 3, 4, 5, 6, 7`);

/**
 * Replaces both rollups with a recount of panda_job. TRUNCATE fires no delete trigger, so the
 * site rollup starts empty; the INSERT into panda_job_rollup then fills panda_site_rollup from the
 * inserted rows ⋈ panda_task through the statement trigger of migration 0003 — one pass, same call.
 * Rows go in hour order, as live writers append them: summaries read a window of hours, and a
 * window then sits in few pages instead of being scattered over the whole table.
 */
export async function rebuildJobRollup(db: Executor): Promise<void> {
  await db.execute(sql`truncate panda_job_rollup, panda_site_rollup`);
  await db.execute(sql`
    insert into panda_job_rollup (jedi_task_id, hour, computing_site, job_status, error_component, error_code, job_count)
    select * from (${RAW_GROUPS}) g order by hour`);
}

/** Rebuilds only panda_site_rollup from panda_job_rollup ⋈ panda_task (a new database, or a repair when only it drifted). */
export async function rebuildSiteRollup(db: Executor): Promise<void> {
  await db.execute(sql`truncate panda_site_rollup`);
  await db.execute(sql`
    insert into panda_site_rollup (hour, computing_site, username, campaign, job_status, error_component, error_code, job_count, est_core_seconds)
    select r.hour, r.computing_site, t.username, t.campaign, r.job_status, r.error_component, r.error_code,
           sum(r.job_count)::int, sum(r.job_count::float8 * t.core_count * t.walltime)
    from panda_job_rollup r join panda_task t on t.jedi_task_id = r.jedi_task_id
    where r.job_count > 0
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1`);
}

export interface RollupMismatch {
  table: 'panda_job_rollup' | 'panda_site_rollup';
  /** Null for panda_site_rollup, which has no task dimension. */
  jediTaskId: number | null;
  /** Null for panda_job_rollup, whose user and campaign come from the task. */
  username: string | null;
  campaign: string | null;
  hour: string;
  computingSite: string;
  jobStatus: string;
  errorComponent: string;
  errorCode: number;
  rollupCount: number | null;
  rawCount: number | null;
}

type Row = Record<string, unknown>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

function toMismatch(table: RollupMismatch['table'], r: Row): RollupMismatch {
  return {
    table, jediTaskId: num(r.jediTaskId), username: str(r.username), campaign: str(r.campaign),
    hour: new Date(r.hour as string | Date).toISOString(), computingSite: String(r.computingSite),
    jobStatus: String(r.jobStatus), errorComponent: String(r.errorComponent), errorCode: Number(r.errorCode),
    rollupCount: num(r.rollupCount), rawCount: num(r.rawCount),
  };
}

async function diffTaskRollup(db: Executor, limit: number): Promise<RollupMismatch[]> {
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
  return rowsOf<Row>(result).map((r) => toMismatch('panda_job_rollup', r));
}

/** Site rollup vs raw jobs ⋈ tasks; the core-seconds estimate must agree too (exact: integers in a double). */
async function diffSiteRollup(db: Executor, limit: number): Promise<RollupMismatch[]> {
  const result = await db.execute(sql`
    with raw as (${RAW_SITE_GROUPS}),
    roll as (select hour, computing_site, username, campaign, job_status::text as job_status, error_component, error_code, job_count, est_core_seconds
             from panda_site_rollup where job_count > 0)
    select coalesce(raw.hour, roll.hour) as hour, coalesce(raw.computing_site, roll.computing_site) as "computingSite",
           coalesce(raw.username, roll.username) as username, coalesce(raw.campaign, roll.campaign) as campaign,
           coalesce(raw.job_status::text, roll.job_status) as "jobStatus", coalesce(raw.error_component, roll.error_component) as "errorComponent",
           coalesce(raw.error_code, roll.error_code) as "errorCode", roll.job_count as "rollupCount", raw.job_count as "rawCount"
    from raw full outer join roll
      on raw.hour = roll.hour and raw.computing_site = roll.computing_site and raw.username = roll.username and raw.campaign = roll.campaign
     and raw.job_status::text = roll.job_status and raw.error_component = roll.error_component and raw.error_code = roll.error_code
    where raw.job_count is distinct from roll.job_count or raw.est_core_seconds is distinct from roll.est_core_seconds
    limit ${limit}`);
  return rowsOf<Row>(result).map((r) => toMismatch('panda_site_rollup', r));
}

/** Keys where either rollup and a raw recount disagree (missing on either side counts as a mismatch). */
export async function diffJobRollup(db: Executor, limit = 100): Promise<RollupMismatch[]> {
  const task = await diffTaskRollup(db, limit);
  if (task.length >= limit) return task;
  return [...task, ...(await diffSiteRollup(db, limit - task.length))];
}

/** True when both rollups equal a raw recount. */
export async function verifyRollups(db: Executor): Promise<boolean> {
  return (await diffJobRollup(db, 1)).length === 0;
}
