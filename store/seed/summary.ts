import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { rowsOf } from '../services/counters.ts';
import type { ErrorFact, SeedSummary, SiteFailureFact } from './summary-types.ts';
import type { SeedScale } from './types.ts';

export type { SeedSummary, ErrorFact, SiteFailureFact } from './summary-types.ts';

async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

async function countsBy(db: Database, query: SQL): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await rows<{ k: string; n: number | string }>(db, query)) out[r.k] = Number(r.n);
  return out;
}

const toError = (r: { component: string; code: number | string; diag: string; count: number | string }): ErrorFact => ({
  component: r.component, code: Number(r.code), diag: r.diag, count: Number(r.count),
});

const FAULTY_ERRORS = sql.raw(`
  select computing_site as site, error_component::text as component, error_code as code,
    case error_component::text when 'pilot' then pilot_error_diag when 'sup' then sup_error_diag when 'ddm' then ddm_error_diag
      when 'exe' then exe_error_diag when 'jobdispatcher' then jobdispatcher_error_diag when 'taskbuffer' then taskbuffer_error_diag
      else brokerage_error_diag end as diag, jedi_task_id
  from panda_job where job_status in ('failed', 'cancelled', 'closed', 'broken') and error_component is not null`);

/** Ground truth for tests and evals, read back from the database rather than from generator memory. */
export async function computeSeedSummary(db: Database, meta: { seed: number; scale: SeedScale; anchor: Date }): Promise<SeedSummary> {
  const anchor = meta.anchor.toISOString();
  const tableNames = await rows<{ tablename: string }>(db, sql`select tablename from pg_tables where schemaname = 'public' order by tablename`);
  const tables: Record<string, number> = {};
  for (const t of tableNames) {
    const [r] = await rows<{ n: string | number }>(db, sql.raw(`select count(*) as n from "public"."${t.tablename}"`));
    tables[t.tablename] = Number(r?.n ?? 0);
  }
  const campaigns = await rows<{ name: string; lifecycle: string; clone: string | null }>(db, sql`
    select c.name, c.lifecycle::text as lifecycle, o.name as clone from pcs_campaign c left join pcs_campaign o on o.id = c.clone_of_id order by c.start_date, c.name`);
  const producing = await rows<{ campaign: string }>(db, sql`
    select distinct t.campaign from rucio_file f join panda_job j on j.panda_id = f.panda_id join panda_task t on t.jedi_task_id = j.jedi_task_id
    where f.created_at > ${anchor}::timestamptz - interval '3 days' and f.created_at <= ${anchor}::timestamptz order by 1`);
  const tagCounts = await countsBy(db, sql`select status::text as k, count(*) as n from pcs_tag group by 1`);
  const sites = (await rows<{ site: string; ff: string | number; fin: string | number }>(db, sql`
    select site, sum(n_final_failed) as ff, sum(n_files_finished) as fin from panda_task group by site order by site`))
    .map((r): SiteFailureFact => {
      const ff = Number(r.ff);
      const fin = Number(r.fin);
      return { site: r.site, finalFailed: ff, finished: fin, fraction: ff + fin === 0 ? 0 : ff / (ff + fin) };
    });
  const alarm = sites.filter((s) => s.fraction > 0.3);
  const attention = sites.filter((s) => s.fraction >= 0.1 && s.fraction <= 0.3);
  const top = (await rows<{ component: string; code: number; diag: string; count: string }>(db, sql`
    select component, code, diag, count(*) as count from (${FAULTY_ERRORS}) e group by 1, 2, 3 order by 4 desc, 1, 2, 3 limit 10`)).map(toError);
  const bySiteRows = await rows<{ site: string; component: string; code: number; diag: string; count: string }>(db, sql`
    select site, component, code, diag, count from (
      select site, component, code, diag, count(*) as count, row_number() over (partition by site order by count(*) desc, component, code, diag) as rn
      from (${FAULTY_ERRORS}) e group by 1, 2, 3, 4) x where rn <= 5 order by site, count desc`);
  const bySite: Record<string, ErrorFact[]> = {};
  for (const r of bySiteRows) (bySite[r.site] ??= []).push(toError(r));
  const multiSite = (await rows<{ diag: string; sites: string[] }>(db, sql`
    select diag, array_agg(distinct site order by site) as sites from (${FAULTY_ERRORS}) e group by diag having count(distinct site) > 1 order by count(*) desc`));
  const [worst] = await rows<{ jedi: string; task_name: string; site: string; failed: string }>(db, sql`
    select j.jedi_task_id as jedi, t.task_name, t.site, count(*) as failed from panda_job j join panda_task t using (jedi_task_id)
    where j.job_status = 'failed' group by 1, 2, 3 order by 4 desc, 1 limit 1`);
  const [worstError] = await rows<{ component: string; code: number; diag: string; count: string }>(db, sql`
    select component, code, diag, count(*) as count from (${FAULTY_ERRORS}) e where jedi_task_id = ${worst?.jedi ?? 0} group by 1, 2, 3 order by 4 desc, 1, 2, 3 limit 1`);
  const [worstComposed] = await rows<{ composed_name: string }>(db, sql`
    select p.composed_name from pcs_panda_tasks a join pcs_prod_task p on p.id = a.prod_task_id where a.jedi_task_id = ${worst?.jedi ?? 0}`);
  const [twoBlock] = await rows<{ composed_name: string; dids: string[] }>(db, sql`
    select composed_name, array_agg(did order by block_num) as dids from pcs_dataset group by composed_name having count(*) > 1 order by 1 limit 1`);
  const [try2] = await rows<{ jedi: string; task_name: string; composed_name: string; prev: string }>(db, sql`
    select a.jedi_task_id as jedi, a.task_name, p.composed_name, b.jedi_task_id as prev from pcs_panda_tasks a join pcs_prod_task p on p.id = a.prod_task_id
    join pcs_panda_tasks b on b.prod_task_id = a.prod_task_id and b.try_number = a.try_number - 1 where a.try_number = 2 order by 1 limit 1`);
  const [unrecorded] = await rows<{ jedi: string; task_name: string; status: string }>(db, sql`
    select t.jedi_task_id as jedi, t.task_name, p.status::text as status from panda_task t join pcs_prod_task p on p.composed_name = t.task_name
    where not exists (select 1 from pcs_panda_tasks a where a.jedi_task_id = t.jedi_task_id) and p.panda_task_id is null order by 1 limit 1`);
  const agents = await rows<{ instance_name: string; status: string; hb: Date | string | null }>(db, sql`
    select instance_name, status::text as status, last_heartbeat as hb from swf_system_agent order by instance_name`);
  const anchorMs = meta.anchor.getTime();
  const age = (hb: Date | string | null) => (hb === null ? Infinity : anchorMs - new Date(hb).getTime());
  const pending = await rows<{ ref: string }>(db, sql`select prefix || '-' || id as ref from ai_proposal where status = 'proposed' order by id`);
  const [sync] = await rows<{ at: Date | string | null }>(db, sql`
    select max(timestamp) as at from swf_app_log where app_name = 'epicprod' and action = 'catalog_sync' and instance_name = 'catalog-sync'`);
  const [recent] = await rows<{ total: string; failed: string }>(db, sql`
    select count(*) as total, count(*) filter (where job_status = 'failed') as failed from panda_job where modification_time > ${anchor}::timestamptz - interval '24 hours'`);
  const one = <T>(list: T[], what: string): T => {
    if (list.length !== 1) throw new Error(`seed summary: expected exactly one ${what}, found ${list.length}`);
    return list[0]!;
  };
  return {
    seed: meta.seed,
    scale: meta.scale,
    anchor,
    tables,
    campaigns: {
      current: one(campaigns.filter((c) => c.lifecycle === 'current'), 'current campaign').name,
      last: one(campaigns.filter((c) => c.lifecycle === 'last'), 'last campaign').name,
      future: campaigns.filter((c) => c.lifecycle === 'future').map((c) => c.name),
      past: campaigns.filter((c) => c.lifecycle === 'past').map((c) => c.name),
      producing: producing.map((r) => r.campaign),
      cloned: campaigns.filter((c) => c.clone).map((c) => ({ name: c.name, cloneOf: c.clone! })),
    },
    tags: { locked: tagCounts.locked ?? 0, draft: tagCounts.draft ?? 0 },
    statuses: {
      prodTask: await countsBy(db, sql`select status::text as k, count(*) as n from pcs_prod_task group by 1 order by 1`),
      request: await countsBy(db, sql`select status::text as k, count(*) as n from pcs_prod_request group by 1 order by 1`),
      pandaTask: await countsBy(db, sql`select status::text as k, count(*) as n from panda_task group by 1 order by 1`),
      job: await countsBy(db, sql`select job_status::text as k, count(*) as n from panda_job group by 1 order by 1`),
    },
    sites: { alarm: one(alarm, 'alarm site (> 0.30)'), attention: one(attention, 'attention site (0.10–0.30)'), all: sites },
    errors: { top, bySite, multiSite: multiSite.map((m) => ({ diag: m.diag, sites: m.sites })) },
    taskWithMostFailedJobs: {
      jediTaskId: Number(worst?.jedi ?? 0), taskName: worst?.task_name ?? '', composedName: worstComposed?.composed_name ?? '', site: worst?.site ?? '',
      failedJobs: Number(worst?.failed ?? 0), topError: worstError ? toError(worstError) : { component: '', code: 0, diag: '', count: 0 },
    },
    twoBlockDataset: { composedName: twoBlock?.composed_name ?? '', dids: twoBlock?.dids ?? [] },
    try2Task: { jediTaskId: Number(try2?.jedi ?? 0), taskName: try2?.task_name ?? '', composedName: try2?.composed_name ?? '', previousJediTaskId: Number(try2?.prev ?? 0) },
    unrecordedSubmission: { jediTaskId: Number(unrecorded?.jedi ?? 0), taskName: unrecorded?.task_name ?? '', prodTaskStatus: unrecorded?.status ?? '' },
    agents: {
      healthy: agents.filter((a) => a.status !== 'EXITED' && age(a.hb) < 5 * 60_000).map((a) => a.instance_name),
      stale: agents.filter((a) => a.status !== 'EXITED' && age(a.hb) >= 5 * 60_000).map((a) => a.instance_name),
      exited: agents.filter((a) => a.status === 'EXITED').map((a) => a.instance_name),
    },
    pendingProposals: pending.map((p) => p.ref),
    latestCatalogSync: sync?.at ? new Date(sync.at).toISOString() : null,
    jobsLast24h: { total: Number(recent?.total ?? 0), failed: Number(recent?.failed ?? 0) },
  };
}
