import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { catalogAsOf } from './catalog-freshness.ts';
import { countsOf, queryRows } from './keyset-query.ts';
import { classifyRate, ratio, readThresholds } from './sys-config.ts';

/** Default subject: the current campaign, else the newest by start date (DOMAIN §6.2 epicprod_campaign_status). */
export async function resolveCampaign(db: Executor, name: string | undefined) {
  const rows = await queryRows<{ id: number; name: string; lifecycle: string; start_date: string | null; end_date: string | null; description: string }>(
    db,
    name
      ? sql`select id, name, lifecycle::text as lifecycle, start_date::text as start_date, end_date::text as end_date, description from pcs_campaign where name = ${name}`
      : sql`select id, name, lifecycle::text as lifecycle, start_date::text as start_date, end_date::text as end_date, description from pcs_campaign
          order by (lifecycle = 'current') desc, start_date desc nulls last, id desc limit 1`,
  );
  const campaign = rows[0];
  if (!campaign) throw new NotFoundError('campaign', name ?? '(default)', 'use list-campaigns to see campaign names such as 26.07.0');
  return campaign;
}

/**
 * One-call campaign rollup: progress, PanDA health over the window, Rucio arrivals, disposition
 * mix and the rule-based verdict floor (DOMAIN §8.3). All counts come from rollups and counters;
 * job counts from the site rollup, which carries the campaign (no task join, no task dimension).
 */
export async function campaignStatus(db: Executor, options: { campaign?: string | undefined; now: Date; windowHours: number }) {
  const campaign = await resolveCampaign(db, options.campaign);
  const from = new Date(options.now.getTime() - options.windowHours * 3_600_000).toISOString();
  const thresholds = await readThresholds(db);
  const [prodTasks, pandaTasks, files, jobs, topErrors, dispositions, arrivals, asOf, lastSync] = await Promise.all([
    queryRows<{ key: string; n: number }>(db, sql`select status::text as key, count(*)::int as n from pcs_prod_task where campaign_id = ${campaign.id} group by 1`),
    queryRows<{ key: string; n: number }>(db, sql`select status::text as key, count(*)::int as n from panda_task where campaign = ${campaign.name} group by 1`),
    queryRows<{ total: number; finished: number; final_failed: number; events_total: number; events_processed: number }>(
      db,
      sql`select coalesce(sum(n_files_total), 0)::int as total, coalesce(sum(n_files_finished), 0)::int as finished, coalesce(sum(n_final_failed), 0)::int as final_failed,
        coalesce(sum(n_events_total), 0)::float8 as events_total, coalesce(sum(n_events_processed), 0)::float8 as events_processed from panda_task where campaign = ${campaign.name}`,
    ),
    queryRows<{ key: string; n: number }>(
      db,
      sql`select r.job_status::text as key, sum(r.job_count)::int as n from panda_site_rollup r
      where r.campaign = ${campaign.name} and r.hour >= date_trunc('hour', ${from}::timestamptz) group by 1 order by 1`,
    ),
    queryRows<Record<string, unknown>>(
      db,
      sql`select r.error_component, r.error_code, sum(r.job_count)::int as count, count(distinct r.computing_site)::int as site_count
      from panda_site_rollup r
      where r.campaign = ${campaign.name} and r.hour >= date_trunc('hour', ${from}::timestamptz) and r.error_code <> 0 group by 1, 2 order by 3 desc, 1, 2 limit 3`,
    ),
    queryRows<{ key: string; n: number }>(db, sql`select propagation::text as key, count(distinct composed_name)::int as n from pcs_dataset where campaign_id = ${campaign.id} group by 1`),
    // Per campaign dataset, two probes of rucio_file's (dataset_scope, dataset_name, created_at, bytes) index, both index-only:
    // the newest file (one descent) and the files created in the window (a short range), instead of reading every file.
    queryRows<{ files: number; bytes: number; last_at: Date | string | null }>(
      db,
      sql`select coalesce(sum(w.files), 0)::int as files, coalesce(sum(w.bytes), 0)::float8 as bytes, max(m.last_at) as last_at
      from pcs_dataset d
      cross join lateral (select split_part(d.did, ':', 1) as scope, substr(d.did, strpos(d.did, ':') + 1) as name) k
      cross join lateral (select max(f.created_at) as last_at from rucio_file f where f.dataset_scope = k.scope and f.dataset_name = k.name) m
      cross join lateral (select count(*) as files, sum(f.bytes) as bytes from rucio_file f
        where f.dataset_scope = k.scope and f.dataset_name = k.name and f.created_at >= ${from}::timestamptz) w
      where d.campaign_id = ${campaign.id}`,
    ),
    catalogAsOf(db),
    queryRows<{ at: Date | string | null }>(db, sql`select max(timestamp) as at from swf_app_log where action = 'catalog_sync'`),
  ]);
  const total = files[0] ?? { total: 0, finished: 0, final_failed: 0, events_total: 0, events_processed: 0 };
  const jobCounts = countsOf(jobs);
  const faulty = ['failed', 'cancelled', 'closed', 'broken'].reduce((sum, s) => sum + (jobCounts[s] ?? 0), 0);
  const finalRate = ratio(total.final_failed, total.final_failed + total.finished);
  const lastArrivalAt = arrivals[0]?.last_at ? new Date(arrivals[0].last_at) : null;
  const lastSyncAt = lastSync[0]?.at ? new Date(lastSync[0].at) : null;
  const reasons: string[] = [];
  const rateHealth = classifyRate(finalRate, thresholds);
  if (rateHealth === 'alarm' || rateHealth === 'attention') reasons.push(`${rateHealth}: final failure rate ${finalRate} ≥ ${rateHealth === 'alarm' ? thresholds.alarm : thresholds.attention}`);
  if (!lastSyncAt || options.now.getTime() - lastSyncAt.getTime() > thresholds.syncStaleHours * 3_600_000) {
    reasons.push(`attention: catalog sync ${lastSyncAt ? `older than ${thresholds.syncStaleHours} h` : 'never recorded'}`);
  }
  const producing = campaign.lifecycle === 'current' || (pandaTasks.find((r) => r.key === 'running')?.n ?? 0) > 0;
  if (producing && (!lastArrivalAt || options.now.getTime() - lastArrivalAt.getTime() > thresholds.arrivalsStallDays * 86_400_000)) {
    reasons.push(`attention: producing campaign without Rucio arrivals for ${thresholds.arrivalsStallDays} days`);
  }
  const verdict = reasons.some((r) => r.startsWith('alarm')) ? 'alarm' : reasons.length ? 'attention' : 'ok';
  return {
    campaign,
    progress: {
      prod_tasks_by_status: countsOf(prodTasks),
      panda_tasks_by_status: countsOf(pandaTasks),
      files_total: total.total,
      files_finished: total.finished,
      files_final_failed: total.final_failed,
      file_completion: ratio(total.finished, total.total),
      events_processed: total.events_processed,
      events_total: total.events_total,
    },
    panda_health: {
      window_hours: options.windowHours,
      jobs_by_status: jobCounts,
      all_attempts_failure_rate: ratio(faulty, faulty + (jobCounts.finished ?? 0)),
      final_failure_rate: finalRate,
      top_errors: topErrors,
    },
    arrivals: { window_files: arrivals[0]?.files ?? 0, window_bytes: arrivals[0]?.bytes ?? 0, last_arrival_at: lastArrivalAt },
    dispositions: countsOf(dispositions),
    verdict_floor: { verdict, reasons, producing, last_catalog_sync: lastSyncAt },
    asOf,
  };
}
