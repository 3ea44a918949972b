import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../../store/services/counters.ts';
import { errorSummary, type ErrorScope } from '../../../../store/services/catalog/error-summary.ts';
import { pandaActivity, resourceUsage } from '../../../../store/services/catalog/panda-activity.ts';
import { useTestStore } from '../../../support/test-store.ts';
import { FX, loadFixture } from '../../../mcp/support/fixture.ts';

/**
 * The summaries read panda_site_rollup (and the task rollup only for task counts); whatever the
 * source, their numbers must equal a raw recount of panda_job for every kind of scope. The fixture
 * is written into panda_job_rollup only, so this also exercises the trigger that feeds the site rollup.
 */
const store = useTestStore();
beforeAll(async () => loadFixture(store()));

const FAULTY = sql`('failed', 'cancelled', 'closed', 'broken')`;
const from = new Date(FX.anchor.getTime() - 72 * 3_600_000);

interface RawGroup { c: string; code: number; site: string; task: string; username: string; status: string; n: number }

async function rawJobs(scope: ErrorScope): Promise<RawGroup[]> {
  return rowsOf<RawGroup>(await store().db.execute(sql`
    select coalesce(j.error_component::text, '') as c, coalesce(j.error_code, 0) as code, j.computing_site as site, j.jedi_task_id::text as task,
      t.username, j.job_status::text as status, count(*)::int as n
    from panda_job j join panda_task t on t.jedi_task_id = j.jedi_task_id
    where j.modification_time >= date_trunc('hour', ${scope.from.toISOString()}::timestamptz)
      ${scope.site ? sql`and j.computing_site = ${scope.site}` : sql``} ${scope.jediTaskId ? sql`and j.jedi_task_id = ${scope.jediTaskId}` : sql``}
      ${scope.campaign ? sql`and t.campaign = ${scope.campaign}` : sql``} ${scope.username ? sql`and t.username = ${scope.username}` : sql``}
    group by 1, 2, 3, 4, 5, 6`));
}

const sum = (rows: { n: number }[]) => rows.reduce((a, r) => a + r.n, 0);
function totalsBy(rows: RawGroup[], key: (r: RawGroup) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) out[key(r)] = (out[key(r)] ?? 0) + r.n;
  return out;
}
const isFaulty = (r: RawGroup) => ['failed', 'cancelled', 'closed', 'broken'].includes(r.status);

const scopes: ErrorScope[] = [
  { from },
  { from, campaign: FX.campaign },
  { from, site: 'FX_SITE_A' },
  { from, username: 'alice', site: 'FX_SITE_B' },
  { from, jediTaskId: FX.taskIds[0] },
  { from, errorComponent: 'pilot' },
  { from: new Date(FX.anchor.getTime() - 240 * 3_600_000), campaign: FX.campaign, errorComponent: 'sup' },
];

describe('summaries over the site rollup equal a raw recount', () => {
  it.each(scopes.map((scope) => [JSON.stringify({ ...scope, from: undefined }), scope] as const))('error-summary %s', async (_label, scope) => {
    const summary = await errorSummary(store().db, scope, 30);
    const raw = await rawJobs(scope);
    const faulty = raw.filter(isFaulty);
    expect(summary.totals.failed_jobs).toBe(sum(faulty));
    expect(summary.totals.finished_jobs).toBe(sum(raw.filter((r) => r.status === 'finished')));
    expect(summary.totals.distinct_signatures).toBe(new Set(faulty.filter((r) => r.code !== 0).map((r) => `${r.c}:${r.code}`)).size);
    const withError = faulty.filter((r) => r.code !== 0 && (!scope.errorComponent || r.c === scope.errorComponent));
    expect(summary.signatures.map((s) => `${s.error_component}:${s.error_code}`).sort()).toEqual(Object.keys(totalsBy(withError, (r) => `${r.c}:${r.code}`)).sort());
    for (const s of summary.signatures) {
      const mine = withError.filter((r) => r.c === s.error_component && r.code === s.error_code);
      const tasks = totalsBy(mine, (r) => r.task);
      expect(s.count).toBe(sum(mine));
      expect(s.site_counts).toEqual(totalsBy(mine, (r) => r.site));
      expect(s.site_count).toBe(Object.keys(s.site_counts).length);
      expect(s.task_count).toBe(Object.keys(tasks).length);
      expect(s.users).toEqual([...new Set(mine.map((r) => r.username))].sort().slice(0, 5));
      const top = Object.entries(tasks).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
      expect(s.task_counts).toEqual(Object.fromEntries(top));
    }
    const [files] = rowsOf<{ ff: number; fin: number }>(await store().db.execute(sql`select coalesce(sum(n_final_failed), 0)::int as ff, coalesce(sum(n_files_finished), 0)::int as fin
      from panda_task where jedi_task_id::text in (select unnest(${`{${[...new Set(raw.map((r) => r.task))].join(',')}}`}::text[]))`));
    expect(summary.totals.final_failure_rate).toBe(files!.ff + files!.fin > 0 ? Math.round((files!.ff / (files!.ff + files!.fin)) * 10_000) / 10_000 : null);
  });

  it.each([{ from }, { from, site: 'FX_SITE_A' }, { from, username: 'alice' }, { from, username: 'alice', site: 'FX_SITE_B' }])('panda-activity %#', async (scope) => {
    const activity = await pandaActivity(store().db, scope);
    const raw = await rawJobs(scope);
    const top15 = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 15));
    expect(activity.jobs_total).toBe(sum(raw));
    expect(activity.jobs_by_status).toEqual(totalsBy(raw, (r) => r.status));
    expect(activity.jobs_by_site).toEqual(top15(totalsBy(raw, (r) => r.site)));
    expect(activity.jobs_by_user).toEqual(top15(totalsBy(raw, (r) => r.username)));
  });

  it('resource-usage core-hours equal terminal jobs × task cores × walltime', async () => {
    const usage = await resourceUsage(store().db, { from, bucket: 'day', groupBy: 'user' });
    const raw = rowsOf<{ bucket: string; key: string; job_count: number; est_core_hours: number }>(await store().db.execute(sql`
      select to_char(date_trunc('day', j.modification_time), 'YYYY-MM-DD') as bucket, t.username as key, count(*)::int as job_count,
        round(sum(t.core_count * t.walltime / 3600.0), 1)::float8 as est_core_hours
      from panda_job j join panda_task t on t.jedi_task_id = j.jedi_task_id
      where j.modification_time >= date_trunc('hour', ${from.toISOString()}::timestamptz) and (j.job_status = 'finished' or j.job_status in ${FAULTY})
      group by 1, 2 order by 1 desc, 4 desc, 2`));
    expect(usage.rows).toEqual(raw.slice(0, 200));
  });
});
