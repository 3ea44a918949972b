import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../store/services/counters.ts';
import { FX } from './support/fixture.ts';
import { useMcp } from './support/connect.ts';

const mcp = useMcp();

interface Signature { error_component: string; error_code: number; count: number; site_counts: Record<string, number>; task_counts: Record<string, number>; multi_site: boolean; examples: { panda_id: number }[] }

describe('PanDA facts equal a raw recount', () => {
  it('error-summary ranks signatures with the same counts as the raw failed jobs', async () => {
    const { data, store } = mcp();
    const summary = await data<{ totals: { failed_jobs: number; final_failure_rate: number }; signatures: Signature[] }>('error-summary', { campaign: FX.campaign, window_hours: 72 });
    const raw = rowsOf<{ c: string; code: number; site: string; n: number }>(await store.db.execute(sql`select j.error_component::text as c, j.error_code as code, j.computing_site as site, count(*)::int as n
      from panda_job j join panda_task t on t.jedi_task_id = j.jedi_task_id where t.campaign = ${FX.campaign} and j.job_status in ('failed','cancelled','closed','broken')
      and j.modification_time >= date_trunc('hour', ${FX.anchor.toISOString()}::timestamptz - interval '72 hours') group by 1, 2, 3`));
    expect(summary.totals.failed_jobs).toBe(raw.reduce((a, r) => a + r.n, 0));
    for (const s of summary.signatures) {
      const mine = raw.filter((r) => r.c === s.error_component && r.code === s.error_code);
      expect(s.count).toBe(mine.reduce((a, r) => a + r.n, 0));
      expect(s.site_counts).toEqual(Object.fromEntries(mine.map((r) => [r.site, r.n])));
      expect(s.multi_site).toBe(mine.length > 1);
      expect(s.examples.length).toBeGreaterThan(0);
    }
    const counts = summary.signatures.map((s) => s.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const [files] = rowsOf<{ ff: number; fin: number }>(await store.db.execute(sql`select sum(n_final_failed)::int as ff, sum(n_files_finished)::int as fin from panda_task where campaign = ${FX.campaign}
      and jedi_task_id in (select jedi_task_id from panda_job where modification_time >= date_trunc('hour', ${FX.anchor.toISOString()}::timestamptz - interval '72 hours'))`));
    expect(summary.totals.final_failure_rate).toBeCloseTo(files!.ff / (files!.ff + files!.fin), 4);
  });

  it('site-health classifies sites on the final failure rate with the 0.10 / 0.30 thresholds', async () => {
    const { data } = mcp();
    const health = await data<{ thresholds: { attention: number; alarm: number }; sites: { site: string; health: string; basis: string; final_failure_rate: number }[] }>('site-health', { window_hours: 72 });
    expect(health.thresholds).toMatchObject({ attention: 0.1, alarm: 0.3 });
    // Fixture: FX_SITE_A task 20 final failed / 60 finished = 0.25 → attention; FX_SITE_B (1+5)/(49+5+1+5) = 0.1 → attention boundary.
    const a = health.sites.find((s) => s.site === 'FX_SITE_A')!;
    expect(a).toMatchObject({ basis: 'final', final_failure_rate: 0.25, health: 'attention' });
    const b = health.sites.find((s) => s.site === 'FX_SITE_B')!;
    expect(b.final_failure_rate).toBe(0.1);
    expect(b.health).toBe('attention');
    const order = { alarm: 0, attention: 1, ok: 2, insufficient_data: 3 } as Record<string, number>;
    expect(health.sites.map((s) => order[s.health])).toEqual(health.sites.map((s) => order[s.health]).sort());
  });

  it('get-panda-task job counts equal the raw jobs of the task', async () => {
    const { data, store } = mcp();
    const task = await data<{ jobs_by_status: Record<string, number>; campaign_task: { try_number: number } }>('get-panda-task', { jedi_task_id: FX.taskIds[0] });
    const raw = rowsOf<{ s: string; n: number }>(await store.db.execute(sql`select job_status::text as s, count(*)::int as n from panda_job where jedi_task_id = ${FX.taskIds[0]} group by 1`));
    expect(task.jobs_by_status).toEqual(Object.fromEntries(raw.map((r) => [r.s, r.n])));
    expect(task.campaign_task.try_number).toBe(1);
  });

  it('get-job explains a final-attempt storage failure', async () => {
    const { data, store } = mcp();
    const job = await data<{ errors: { name: string; layer: string }[]; diagnosis: { layer: string; guidance: string } }>('get-job', { panda_id: 99000008 });
    const [code] = rowsOf<{ layer: string }>(await store.db.execute(sql`select layer from panda_error_code where component = 'pilot' and code = 1152`));
    expect(job.errors).toHaveLength(1);
    expect(job.errors[0]).toMatchObject({ name: 'STAGEOUTTIMEOUT', layer: code!.layer });
    expect(job.diagnosis.layer).toBe(code!.layer);
    expect(job.diagnosis.guidance).toContain('final attempt');
  });

  it('campaign-status reports progress from counters and a verdict floor with reasons', async () => {
    const status = await mcp().data<{ progress: { files_total: number; files_finished: number; prod_tasks_by_status: Record<string, number> }; verdict_floor: { verdict: string; reasons: string[] }; dispositions: Record<string, number> }>(
      'campaign-status', { campaign: FX.campaign, window_hours: 72 });
    expect(status.progress.files_total).toBe(160);
    expect(status.progress.files_finished).toBe(114);
    expect(status.progress.prod_tasks_by_status).toEqual({ submitted: 1, ready: 1 });
    expect(status.dispositions).toEqual({ continue: 1 });
    // Final rate 26/(26+114) ≈ 0.186 → attention.
    expect(status.verdict_floor.verdict).toBe('attention');
    expect(status.verdict_floor.reasons.join(' ')).toContain('final failure rate');
  });

  it('panda-activity totals equal the rollup', async () => {
    const { data, store } = mcp();
    const activity = await data<{ jobs_total: number }>('panda-activity', { window_hours: 48 });
    const [row] = rowsOf<{ n: number }>(await store.db.execute(sql`select coalesce(sum(job_count), 0)::int as n from panda_job_rollup where hour >= date_trunc('hour', ${FX.anchor.toISOString()}::timestamptz - interval '48 hours')`));
    expect(activity.jobs_total).toBe(row!.n);
  });
});

describe('Rucio and PCS facts', () => {
  it('get-rucio-dataset completeness and replicas match the file rows', async () => {
    const detail = await mcp().data<{ dataset: { completeness: number }; replicas_by_rse: { rse: string; state: string; files: number }[]; rules: unknown[] }>('get-rucio-dataset', { did: FX.did });
    expect(detail.dataset.completeness).toBeCloseTo(25 / 30, 4);
    expect(detail.replicas_by_rse.reduce((a, r) => a + r.files, 0)).toBe(30);
    expect(detail.replicas_by_rse.find((r) => r.state === 'COPYING')?.files).toBe(5);
    expect(detail.rules).toHaveLength(1);
  });

  it('data-provenance links the dataset to its tasks, attempts and an xrootd path', async () => {
    const p = await mcp().data<{ producing_tasks: { jedi_task_id: number }[]; outputs: { example_xrootd_path: string }[]; evgen_inputs: { value: string }[] }>('data-provenance', { did_or_path: FX.did });
    expect(p.producing_tasks.map((t) => t.jedi_task_id).filter(Boolean).sort()).toEqual([FX.taskIds[0], FX.taskIds[1]]);
    expect(p.outputs[0]?.example_xrootd_path).toMatch(/^root:\/\/fx\.example\.org/);
    expect(p.evgen_inputs.map((i) => i.value)).toContain('/volatile/eic/EPIC/EVGEN/DIS/NC/18x275/minQ2=1');
  });

  it('diff-tags lists only differing parameters', async () => {
    const diff = await mcp().data<{ changes: { parameter: string }[]; same: number }>('diff-tags', { left: 'p9901', right: 'p9902' });
    expect(diff.changes.map((c) => c.parameter).sort()).toEqual(['beam', 'q2_min']);
    expect(diff.same).toBe(1);
  });

  it('parse-name explains a DID and rejects a bad name', async () => {
    const ok = await mcp().data<{ valid: boolean; kind: string; parts: Record<string, unknown> }>('parse-name', { name: FX.did });
    expect(ok).toMatchObject({ valid: true, kind: 'block_did' });
    expect(ok.parts).toMatchObject({ physics_tag: 'p9901', block: 1, campaign_family: '19.01' });
    const bad = await mcp().data<{ valid: boolean; problem: string }>('parse-name', { name: 'group.EIC.26.02.0.epic_craterlake.p01.e1.s1.r1' });
    expect(bad.valid).toBe(false);
    expect(bad.problem).toBeTruthy();
  });
});
