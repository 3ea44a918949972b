import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { countsOf, queryRows } from './keyset-query.ts';

/**
 * Jobs and tasks by status, site and user over a window (DOMAIN §6.2 panda_get_activity). Job
 * counts come from the task-free site rollup, which carries the user, so no task join is needed.
 */
export async function pandaActivity(db: Executor, options: { from: Date; username?: string | undefined; site?: string | undefined }) {
  const from = options.from.toISOString();
  const scope = sql`r.hour >= date_trunc('hour', ${from}::timestamptz)
    ${options.site ? sql`and r.computing_site = ${options.site}` : sql``} ${options.username ? sql`and r.username = ${options.username}` : sql``}`;
  const base = sql`panda_site_rollup r`;
  // Ties break on the key so the top-15 cut is the same whatever plan PostgreSQL picks.
  const [byStatus, bySite, byUser, tasks] = await Promise.all([
    queryRows<{ key: string; n: number }>(db, sql`select r.job_status::text as key, sum(r.job_count)::int as n from ${base} where ${scope} group by 1 order by 2 desc, 1`),
    queryRows<{ key: string; n: number }>(db, sql`select r.computing_site as key, sum(r.job_count)::int as n from ${base} where ${scope} group by 1 order by 2 desc, 1 limit 15`),
    queryRows<{ key: string; n: number }>(db, sql`select r.username as key, sum(r.job_count)::int as n from ${base} where ${scope} group by 1 order by 2 desc, 1 limit 15`),
    queryRows<{ key: string; n: number }>(
      db,
      sql`select t.status::text as key, count(*)::int as n from panda_task t where t.modification_time >= ${from}::timestamptz
        ${options.username ? sql`and t.username = ${options.username}` : sql``} ${options.site ? sql`and t.site = ${options.site}` : sql``} group by 1 order by 2 desc, 1`,
    ),
  ]);
  const jobsByStatus = countsOf(byStatus);
  return {
    jobs_total: Object.values(jobsByStatus).reduce((a, b) => a + b, 0),
    jobs_by_status: jobsByStatus,
    jobs_by_site: countsOf(bySite),
    jobs_by_user: countsOf(byUser),
    tasks_by_status: countsOf(tasks),
  };
}

/**
 * Core-hours by site or user per day/week. The rollups keep job counts, not CPU seconds, so this
 * is the walltime-based allocation estimate (jobs × cores × requested walltime) — stated in the
 * result. The site rollup stores that product summed per key, so no task join is needed.
 */
export async function resourceUsage(db: Executor, options: { from: Date; bucket: 'day' | 'week'; groupBy: 'site' | 'user' }) {
  const group = options.groupBy === 'site' ? sql`r.computing_site` : sql`r.username`;
  const rows = await queryRows<{ bucket: string; key: string; job_count: number; est_core_hours: number }>(
    db,
    // Summed per hour first: the time-zone-aware bucket and its text are then computed for a few
    // thousand hourly groups instead of every rollup row (core-seconds are exact integers, so the order of summing is moot).
    sql`select to_char(date_trunc(${options.bucket}, h.hour), 'YYYY-MM-DD') as bucket, h.key, sum(h.n)::int as job_count,
      round(sum(h.est)::numeric / 3600, 1)::float8 as est_core_hours
    from (select r.hour, ${group} as key, sum(r.job_count) as n, sum(r.est_core_seconds) as est from panda_site_rollup r
      where r.hour >= date_trunc('hour', ${options.from.toISOString()}::timestamptz) and r.job_status in ('finished', 'failed', 'cancelled', 'closed', 'broken')
      group by 1, 2) h
    group by 1, 2 order by 1 desc, 4 desc, 2 limit 200`,
  );
  const totals: Record<string, number> = {};
  for (const row of rows) totals[row.key] = Math.round(((totals[row.key] ?? 0) + row.est_core_hours) * 10) / 10;
  return { basis: 'estimate: terminal jobs × task cores × requested walltime', totals_core_hours: totals, rows };
}

/** Latest harvester worker counts per site and status inside the window. */
export async function harvesterWorkers(db: Executor, options: { from: Date; site?: string | undefined }) {
  const rows = await queryRows<{ site: string; status: string; n_workers: number; observed_at: Date }>(
    db,
    sql`select distinct on (site, status) site, status, n_workers, observed_at from panda_harvester_workers
    where observed_at >= ${options.from.toISOString()}::timestamptz ${options.site ? sql`and site = ${options.site}` : sql``}
    order by site, status, observed_at desc`,
  );
  const byStatus: Record<string, number> = {};
  const bySite: Record<string, number> = {};
  for (const row of rows) {
    byStatus[row.status] = (byStatus[row.status] ?? 0) + row.n_workers;
    bySite[row.site] = (bySite[row.site] ?? 0) + row.n_workers;
  }
  const latest = rows.reduce<Date | null>((max, r) => (!max || new Date(r.observed_at) > max ? new Date(r.observed_at) : max), null);
  return { nworkers_total: Object.values(byStatus).reduce((a, b) => a + b, 0), by_status: byStatus, by_site: bySite, observed_at: latest };
}
