import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { queryRows } from './keyset-query.ts';
import { classifyRate, ratio, readThresholds, type Health } from './sys-config.ts';

export interface SiteHealthRow {
  site: string;
  queue_status: string | null;
  health: Health;
  basis: 'final' | 'all_attempts' | 'none';
  final_failure_rate: number | null;
  all_attempts_failure_rate: number | null;
  final_failed_files: number;
  finished_files: number;
  failed_jobs: number;
  finished_jobs: number;
  active_jobs: number;
}

/**
 * Failure fraction per site over a window with the verdict thresholds of SysConfig. The final
 * rate (files failed after all retries, from task counters of tasks active in the window) is the
 * one operators act on; the all-attempts rate from the job rollup is shown beside it because
 * it reacts faster. A site needs `minTerminal` terminal files/jobs before it is classified.
 */
export async function siteHealth(db: Executor, options: { from: Date; site?: string | undefined; campaign?: string | undefined; minTerminal: number }) {
  const thresholds = await readThresholds(db);
  const from = options.from.toISOString();
  const campaignJoin = options.campaign ? sql`and t.campaign = ${options.campaign}` : sql``;
  // Job counts from the site rollup: it carries the campaign, so no task join is needed.
  const jobScope = sql`${options.site ? sql`and r.computing_site = ${options.site}` : sql``} ${options.campaign ? sql`and r.campaign = ${options.campaign}` : sql``}`;
  const [jobRows, fileRows] = await Promise.all([
    queryRows<{ site: string; failed: number; finished: number; active: number }>(
      db,
      sql`select r.computing_site as site,
        coalesce(sum(r.job_count) filter (where r.job_status in ('failed', 'cancelled', 'closed', 'broken')), 0)::int as failed,
        coalesce(sum(r.job_count) filter (where r.job_status = 'finished'), 0)::int as finished,
        coalesce(sum(r.job_count) filter (where r.job_status in ('running', 'starting', 'sent', 'activated', 'transferring', 'holding', 'merging')), 0)::int as active
      from panda_site_rollup r where r.hour >= date_trunc('hour', ${from}::timestamptz) ${jobScope}
      group by 1`,
    ),
    queryRows<{ site: string; final_failed: number; files_finished: number }>(
      db,
      sql`select t.site, sum(t.n_final_failed)::int as final_failed, sum(t.n_files_finished)::int as files_finished
      from panda_task t where t.modification_time >= ${from}::timestamptz and t.site <> '' ${campaignJoin}
        ${options.site ? sql`and t.site = ${options.site}` : sql``} group by 1`,
    ),
  ]);
  const queues = await queryRows<{ queue_name: string; status: string }>(db, sql`select queue_name, status::text as status from panda_queue`);
  const queueStatus = new Map(queues.map((q) => [q.queue_name, q.status]));
  const sites = new Set([...jobRows.map((r) => r.site), ...fileRows.map((r) => r.site)]);
  const rows: SiteHealthRow[] = [...sites].map((site) => {
    const jobs = jobRows.find((r) => r.site === site) ?? { failed: 0, finished: 0, active: 0 };
    const files = fileRows.find((r) => r.site === site) ?? { final_failed: 0, files_finished: 0 };
    const finalTerminal = files.final_failed + files.files_finished;
    const jobTerminal = jobs.failed + jobs.finished;
    const finalRate = ratio(files.final_failed, finalTerminal);
    const jobRate = ratio(jobs.failed, jobTerminal);
    const basis = finalTerminal >= options.minTerminal ? 'final' : jobTerminal >= options.minTerminal ? 'all_attempts' : 'none';
    return {
      site,
      queue_status: queueStatus.get(site) ?? null,
      health: classifyRate(basis === 'final' ? finalRate : basis === 'all_attempts' ? jobRate : null, thresholds),
      basis,
      final_failure_rate: finalRate,
      all_attempts_failure_rate: jobRate,
      final_failed_files: files.final_failed,
      finished_files: files.files_finished,
      failed_jobs: jobs.failed,
      finished_jobs: jobs.finished,
      active_jobs: jobs.active,
    };
  });
  const order: Record<Health, number> = { alarm: 0, attention: 1, ok: 2, insufficient_data: 3 };
  rows.sort((a, b) => order[a.health] - order[b.health] || (b.final_failure_rate ?? -1) - (a.final_failure_rate ?? -1) || a.site.localeCompare(b.site));
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.health] = (counts[row.health] ?? 0) + 1;
  return { thresholds: { attention: thresholds.attention, alarm: thresholds.alarm, min_terminal: options.minTerminal }, by_health: counts, sites: rows };
}

