import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { countsOf, eqIf, keysetQuery, queryRows } from '../catalog/keyset-query.ts';

type PageArgs = { limit: number; cursor?: string | undefined };

export async function listRuns(db: Executor, from: Date | undefined, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`r.run_number, r.start_time, r.end_time, s.phase, s.state, s.substate,
      (select count(*)::int from swf_stf_file f where f.run_number = r.run_number) as stf_files, s.slices_completed, s.slices_failed`,
    from: sql`swf_run r left join swf_run_state s on s.run_number = r.run_number`,
    where: [from ? sql`r.start_time >= ${from.toISOString()}::timestamptz` : undefined],
    order: [{ expr: sql`r.run_number`, cast: 'int' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function getRun(db: Executor, runNumber: number) {
  const [run] = await queryRows<Record<string, unknown>>(db, sql`select r.run_number, r.start_time, r.end_time, r.run_conditions, s.phase, s.state, s.substate,
    s.target_worker_count, s.active_worker_count, s.stf_samples_received, s.slices_created, s.slices_queued, s.slices_processing, s.slices_completed, s.slices_failed, s.state_changed_at
    from swf_run r left join swf_run_state s on s.run_number = r.run_number where r.run_number = ${runNumber}`);
  if (!run) throw new NotFoundError('run', runNumber, 'use list-runs to see run numbers (they start at 100010)');
  const [stf, slices, workers, events] = await Promise.all([
    queryRows<{ key: string; n: number }>(db, sql`select status::text as key, count(*)::int as n from swf_stf_file where run_number = ${runNumber} group by 1`),
    queryRows<{ key: string; n: number }>(db, sql`select status::text as key, count(*)::int as n from swf_tf_slice where run_number = ${runNumber} group by 1`),
    queryRows<{ key: string; n: number }>(db, sql`select status as key, count(*)::int as n from swf_worker where run_number = ${runNumber} group by 1`),
    queryRows<Record<string, unknown>>(db, sql`select timestamp, event_type, state, substate from swf_system_state_event where run_number = ${runNumber} order by timestamp desc limit 10`),
  ]);
  return { run, stf_files_by_status: countsOf(stf), slices_by_status: countsOf(slices), workers_by_status: countsOf(workers), recent_events: events };
}

export async function listStfFiles(db: Executor, filter: { runNumber?: number | undefined; status?: string | undefined; machineState?: string | undefined }, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`f.file_id::text as file_id, f.stf_filename, f.run_number, f.status, f.machine_state, f.file_size_bytes::float8 as file_size_bytes, f.tf_count, f.daq_state, f.daq_substate, f.created_at`,
    from: sql`swf_stf_file f`,
    where: [eqIf(sql`f.run_number`, filter.runNumber), eqIf(sql`f.status::text`, filter.status), eqIf(sql`f.machine_state`, filter.machineState)],
    order: [{ expr: sql`f.stf_filename`, cast: 'text' }],
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function stfStatusCounts(db: Executor, runNumber: number | undefined) {
  return countsOf(await queryRows(db, sql`select status::text as key, count(*)::int as n from swf_stf_file ${runNumber ? sql`where run_number = ${runNumber}` : sql``} group by 1`));
}

export async function listTfSlices(db: Executor, filter: { runNumber?: number | undefined; tfFilename?: string | undefined; status?: string | undefined; worker?: string | undefined }, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`s.id, t.tf_filename, s.slice_id, s.run_number, s.status, s.tf_first, s.tf_last, s.tf_count, s.retries, s.assigned_worker, s.assigned_at, s.completed_at`,
    from: sql`swf_tf_slice s join swf_tf_file t on t.tf_file_id = s.tf_file_id`,
    where: [eqIf(sql`s.run_number`, filter.runNumber), eqIf(sql`t.tf_filename`, filter.tfFilename), eqIf(sql`s.status::text`, filter.status), eqIf(sql`s.assigned_worker`, filter.worker)],
    order: [{ expr: sql`s.id`, cast: 'int' }],
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function sliceStatusCounts(db: Executor, runNumber: number | undefined) {
  return countsOf(await queryRows(db, sql`select status::text as key, count(*)::int as n from swf_tf_slice ${runNumber ? sql`where run_number = ${runNumber}` : sql``} group by 1`));
}
