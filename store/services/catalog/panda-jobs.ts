import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { FAULTY_JOB_STATUSES } from '../../schema/enums.ts';
import { NotFoundError } from '../errors.ts';
import { eqIf, inIf, keysetQuery, queryRows, type KeysetPage } from './keyset-query.ts';

export interface JobFilter {
  jediTaskId?: number | undefined;
  site?: string | undefined;
  status?: string[] | undefined;
  username?: string | undefined;
  errorComponent?: string | undefined;
  errorCode?: number | undefined;
  since?: Date | undefined;
}

export interface JobRow extends Record<string, unknown> {
  panda_id: number;
  jedi_task_id: number;
  job_status: string;
  computing_site: string;
  attempt_nr: number;
  max_attempt: number;
  error_component: string | null;
  error_code: number | null;
  error_diag: string;
  modification_time: Date;
}

/** The diag of the job's primary error component (the pair the rollup counts it under). */
const PRIMARY_DIAG = sql`case j.error_component
  when 'brokerage' then j.brokerage_error_diag when 'ddm' then j.ddm_error_diag when 'exe' then j.exe_error_diag
  when 'jobdispatcher' then j.jobdispatcher_error_diag when 'pilot' then j.pilot_error_diag when 'sup' then j.sup_error_diag
  when 'taskbuffer' then j.taskbuffer_error_diag else '' end`;

function jobConditions(filter: JobFilter) {
  return [
    eqIf(sql`j.jedi_task_id`, filter.jediTaskId),
    eqIf(sql`j.computing_site`, filter.site),
    inIf(sql`j.job_status::text`, filter.status),
    eqIf(sql`j.prod_username`, filter.username),
    eqIf(sql`j.error_component::text`, filter.errorComponent),
    eqIf(sql`j.error_code`, filter.errorCode),
    filter.since ? sql`j.modification_time >= ${filter.since.toISOString()}::timestamptz` : undefined,
  ];
}

/** Raw job rows for drill-down (never for totals: those come from the rollup). */
export async function listJobs(db: Executor, filter: JobFilter, page: { limit: number; cursor?: string | undefined }): Promise<KeysetPage<JobRow>> {
  return keysetQuery<JobRow>(db, {
    select: sql`j.panda_id::float8 as panda_id, j.jedi_task_id::float8 as jedi_task_id, j.job_status, j.computing_site, j.prod_username,
      j.attempt_nr, j.max_attempt, j.error_component, j.error_code, ${PRIMARY_DIAG} as error_diag, j.n_events, j.creation_time, j.start_time,
      j.end_time, j.modification_time, j.destination_se, j.harvester_id, j.worker_id::float8 as worker_id`,
    from: sql`panda_job j`,
    where: jobConditions(filter),
    order: [{ expr: sql`j.panda_id`, cast: 'bigint' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export const FAULTY = [...FAULTY_JOB_STATUSES];

/** Failed jobs with every error component, for "why did these fail". */
export async function listFailedJobsDetailed(db: Executor, filter: JobFilter, page: { limit: number; cursor?: string | undefined }) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`j.panda_id::float8 as panda_id, j.jedi_task_id::float8 as jedi_task_id, j.job_status, j.computing_site, j.attempt_nr, j.max_attempt,
      (j.attempt_nr >= j.max_attempt) as final_attempt, j.error_component, j.error_code, coalesce(c.name, '') as error_name, coalesce(c.layer, 'unknown') as layer,
      ${PRIMARY_DIAG} as error_diag, j.modification_time,
      nullif(concat_ws('; ',
        case when j.brokerage_error_code <> 0 then 'brokerage ' || j.brokerage_error_code || ': ' || j.brokerage_error_diag end,
        case when j.ddm_error_code <> 0 then 'ddm ' || j.ddm_error_code || ': ' || j.ddm_error_diag end,
        case when j.exe_error_code <> 0 then 'exe ' || j.exe_error_code || ': ' || j.exe_error_diag end,
        case when j.jobdispatcher_error_code <> 0 then 'jobdispatcher ' || j.jobdispatcher_error_code || ': ' || j.jobdispatcher_error_diag end,
        case when j.pilot_error_code <> 0 then 'pilot ' || j.pilot_error_code || ': ' || j.pilot_error_diag end,
        case when j.sup_error_code <> 0 then 'sup ' || j.sup_error_code || ': ' || j.sup_error_diag end,
        case when j.taskbuffer_error_code <> 0 then 'taskbuffer ' || j.taskbuffer_error_code || ': ' || j.taskbuffer_error_diag end), '') as all_errors`,
    from: sql`panda_job j left join panda_error_code c on c.component = j.error_component and c.code = j.error_code`,
    where: [...jobConditions({ ...filter, status: filter.status ?? FAULTY })],
    order: [{ expr: sql`j.panda_id`, cast: 'bigint' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function getJob(db: Executor, pandaId: number) {
  const [job] = await queryRows<Record<string, unknown>>(db, sql`select j.panda_id::float8 as panda_id, j.jedi_task_id::float8 as jedi_task_id, j.job_name, j.job_status,
      j.prod_username, j.working_group, j.transformation, j.computing_site, j.destination_se, j.core_count, j.current_priority, j.attempt_nr, j.max_attempt,
      j.creation_time, j.modification_time, j.start_time, j.end_time, j.cpu_consumption_time, j.n_events, j.harvester_id, j.worker_id::float8 as worker_id,
      j.error_component, j.error_code, ${PRIMARY_DIAG} as error_diag, t.task_name, t.status as task_status
    from panda_job j join panda_task t on t.jedi_task_id = j.jedi_task_id where j.panda_id = ${pandaId}`);
  if (!job) throw new NotFoundError('panda job', pandaId, 'use list-jobs with jedi_task_id or diagnose-failed-jobs to find pandaids');
  const [errors, files] = await Promise.all([
    queryRows<Record<string, unknown>>(db, sql`select e.component, e.code, e.diag, coalesce(c.name, '') as name, coalesce(c.description, '') as meaning, coalesce(c.layer, 'unknown') as layer
      from panda_job j cross join lateral (values
        ('brokerage', j.brokerage_error_code, j.brokerage_error_diag), ('ddm', j.ddm_error_code, j.ddm_error_diag), ('exe', j.exe_error_code, j.exe_error_diag),
        ('jobdispatcher', j.jobdispatcher_error_code, j.jobdispatcher_error_diag), ('pilot', j.pilot_error_code, j.pilot_error_diag),
        ('sup', j.sup_error_code, j.sup_error_diag), ('taskbuffer', j.taskbuffer_error_code, j.taskbuffer_error_diag)) as e(component, code, diag)
      left join panda_error_code c on c.component::text = e.component and c.code = e.code
      where j.panda_id = ${pandaId} and e.code <> 0`),
    // rucio_file has no panda_id index: reach the files through the task's datasets (indexed by dataset), then filter by job.
    queryRows<Record<string, unknown>>(db, sql`select f.scope, f.name, f.dataset_name, f.bytes::float8 as bytes, f.events
      from pcs_panda_tasks a join pcs_prod_task p on p.id = a.prod_task_id join pcs_dataset d on d.composed_name = p.composed_name
      join rucio_file f on f.dataset_scope = split_part(d.did, ':', 1) and f.dataset_name = substr(d.did, strpos(d.did, ':') + 1)
      where a.jedi_task_id = ${job.jedi_task_id as number} and f.panda_id = ${pandaId} order by f.name limit 20`),
  ]);
  return { job, errors, files, diagnosis: diagnose(job, errors) };
}

/** A first reading of a failed job: which layer the primary error points at and what to do next. */
function diagnose(job: Record<string, unknown>, errors: Record<string, unknown>[]): { layer: string; guidance: string } | null {
  if (!FAULTY.includes(String(job.job_status) as (typeof FAULTY)[number])) return null;
  const primary = errors.find((e) => e.component === job.error_component) ?? errors[0];
  const layer = String(primary?.layer ?? 'unknown');
  const finalAttempt = Number(job.attempt_nr) >= Number(job.max_attempt);
  const retryNote = finalAttempt ? 'This was the final attempt: the input counts as finally failed.' : 'Attempts remain: PanDA will retry this input.';
  const byLayer: Record<string, string> = {
    storage: 'Storage/registration side: check the RSE and whether the same error hits other sites (error-summary multi_site).',
    compute: 'Compute side: node shutdowns, memory or wall-time limits at the site; compare with site-health.',
    payload: 'Payload side: the job itself failed; inspect the payload log and the task configuration.',
    data_management: 'Data management: replica/DID conflicts in Rucio; check list-replicas for the outputs.',
    operator: 'Cancelled by an operator or the system.',
  };
  return { layer, guidance: `${byLayer[layer] ?? 'Cause not classified; compare with error-summary.'} ${retryNote}` };
}
