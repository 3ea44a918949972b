import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { countsOf, eqIf, ilikeIf, inIf, keysetQuery, queryRows, type KeysetPage } from './keyset-query.ts';

export interface PandaTaskRow extends Record<string, unknown> {
  jedi_task_id: number;
  task_name: string;
  status: string;
  username: string;
  campaign: string;
  site: string;
  processing_type: string;
  n_files_total: number;
  n_files_finished: number;
  n_final_failed: number;
  final_failure_rate: number | null;
  modification_time: Date;
}

export interface PandaTaskFilter {
  status?: string[] | undefined;
  username?: string | undefined;
  campaign?: string | undefined;
  site?: string | undefined;
  taskNameContains?: string | undefined;
  processingType?: string | undefined;
  /** Only tasks modified at or after this time. */
  since?: Date | undefined;
  /** Include cancelled/aborted tasks; hidden by default as in the monitor. */
  includeAborted?: boolean | undefined;
}

/** final = nfinalfailed / (nfinalfailed + nfilesfinished) (DOMAIN §4.2), null when nothing ended. */
export const FINAL_RATE_SQL = sql`case when t.n_final_failed + t.n_files_finished = 0 then null
  else round(t.n_final_failed::numeric / (t.n_final_failed + t.n_files_finished), 4)::float8 end`;

function filterConditions(filter: PandaTaskFilter) {
  return [
    inIf(sql`t.status::text`, filter.status),
    eqIf(sql`t.username`, filter.username),
    eqIf(sql`t.campaign`, filter.campaign),
    eqIf(sql`t.site`, filter.site),
    eqIf(sql`t.processing_type`, filter.processingType),
    ilikeIf(sql`t.task_name`, filter.taskNameContains),
    filter.since ? sql`t.modification_time >= ${filter.since.toISOString()}::timestamptz` : undefined,
    filter.includeAborted || filter.status?.length ? undefined : sql`t.status not in ('aborted', 'toabort', 'aborting')`,
  ];
}

export async function listPandaTasks(db: Executor, filter: PandaTaskFilter, page: { limit: number; cursor?: string | undefined }): Promise<KeysetPage<PandaTaskRow>> {
  return keysetQuery<PandaTaskRow>(db, {
    select: sql`t.jedi_task_id::float8 as jedi_task_id, t.task_name, t.status, t.username, t.campaign, t.site, t.processing_type,
      t.n_files_total, t.n_files_finished, t.n_final_failed, ${FINAL_RATE_SQL} as final_failure_rate, t.modification_time`,
    from: sql`panda_task t`,
    where: filterConditions(filter),
    order: [{ expr: sql`t.modification_time`, cast: 'timestamptz' }, { expr: sql`t.jedi_task_id`, cast: 'bigint' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

/** Status counts over the whole filter (not just the page), so totals are never computed from a truncated list. */
export async function pandaTaskStatusCounts(db: Executor, filter: PandaTaskFilter): Promise<{ total: number; by_status: Record<string, number> }> {
  const conditions = filterConditions(filter).filter((c) => c !== undefined);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const rows = await queryRows<{ key: string; n: number }>(db, sql`select t.status::text as key, count(*)::int as n from panda_task t ${where} group by 1 order by 2 desc`);
  const by_status = countsOf(rows);
  return { total: Object.values(by_status).reduce((a, b) => a + b, 0), by_status };
}

export async function getPandaTask(db: Executor, jediTaskId: number) {
  const [task] = await queryRows<Record<string, unknown>>(db, sql`select t.jedi_task_id::float8 as jedi_task_id, t.task_name, t.status, t.username, t.working_group,
      t.processing_type, t.prod_source_label, t.req_id, t.campaign, t.site, t.core_count, t.ram_count, t.walltime, t.task_priority,
      t.creation_date, t.modification_time, t.start_time, t.end_time, t.error_dialog, t.attempt_nr, t.n_files_total, t.n_files_finished,
      t.n_files_failed, t.n_final_failed, t.n_events_total::float8 as n_events_total, t.n_events_processed::float8 as n_events_processed,
      ${FINAL_RATE_SQL} as final_failure_rate
    from panda_task t where t.jedi_task_id = ${jediTaskId}`);
  if (!task) throw new NotFoundError('panda task', jediTaskId, 'use list-panda-tasks (filter by task_name_contains, campaign or status) to find the JEDI id');
  // Job-level picture from the rollup: counts by status and site, and the top error signatures.
  const [jobsByStatus, jobsBySite, topErrors, prodTask] = await Promise.all([
    queryRows<{ key: string; n: number }>(db, sql`select job_status::text as key, sum(job_count)::int as n from panda_job_rollup where jedi_task_id = ${jediTaskId} group by 1 order by 2 desc`),
    queryRows<{ key: string; n: number }>(db, sql`select computing_site as key, sum(job_count)::int as n from panda_job_rollup where jedi_task_id = ${jediTaskId} group by 1 order by 2 desc limit 10`),
    queryRows<Record<string, unknown>>(db, sql`select r.error_component, r.error_code, coalesce(c.name, '') as error_name, sum(r.job_count)::int as count
      from panda_job_rollup r left join panda_error_code c on c.component::text = r.error_component and c.code = r.error_code
      where r.jedi_task_id = ${jediTaskId} and r.error_code <> 0 group by 1, 2, 3 order by 4 desc limit 5`),
    queryRows<Record<string, unknown>>(db, sql`select p.name as prod_task, a.try_number, p.status as prod_task_status from pcs_panda_tasks a join pcs_prod_task p on p.id = a.prod_task_id where a.jedi_task_id = ${jediTaskId} limit 1`),
  ]);
  return { task, jobs_by_status: countsOf(jobsByStatus), jobs_by_site: countsOf(jobsBySite), top_errors: topErrors, campaign_task: prodTask[0] ?? null };
}
