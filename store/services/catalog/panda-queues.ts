import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { countsOf, eqIf, ilikeIf, keysetQuery, queryRows } from './keyset-query.ts';

export async function listQueues(db: Executor, filter: { vo?: string | undefined; status?: string | undefined; search?: string | undefined }, page: { limit: number; cursor?: string | undefined }) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`q.queue_name, q.site, q.cloud, q.vo, q.status, q.queue_type, q.resource_type, q.updated_at`,
    from: sql`panda_queue q`,
    where: [eqIf(sql`q.vo`, filter.vo), eqIf(sql`q.status::text`, filter.status), ilikeIf(sql`q.queue_name`, filter.search)],
    order: [{ expr: sql`q.queue_name`, cast: 'text' }],
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function queueStatusCounts(db: Executor): Promise<Record<string, number>> {
  return countsOf(await queryRows(db, sql`select status::text as key, count(*)::int as n from panda_queue group by 1`));
}

/** One queue with its last-24h job picture from the (task-free) site rollup. */
export async function getQueue(db: Executor, queueName: string, from: Date) {
  const [queue] = await queryRows<Record<string, unknown>>(db, sql`select queue_name, site, cloud, vo, status, queue_type, resource_type, config_data, metadata, updated_at from panda_queue where queue_name = ${queueName}`);
  if (!queue) throw new NotFoundError('panda queue', queueName, 'use list-queues (search=…) to find queue names such as BNL_PanDA_1');
  const jobs = await queryRows<{ key: string; n: number }>(
    db,
    sql`select job_status::text as key, sum(job_count)::int as n from panda_site_rollup where computing_site = ${queueName} and hour >= date_trunc('hour', ${from.toISOString()}::timestamptz) group by 1 order by 2 desc, 1`,
  );
  return { queue, jobs_by_status: countsOf(jobs) };
}
