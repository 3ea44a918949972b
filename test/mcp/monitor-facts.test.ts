import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../store/services/counters.ts';
import { FX } from './support/fixture.ts';
import { useMcp } from './support/connect.ts';

const mcp = useMcp();

describe('monitor facts', () => {
  it('classifies agents healthy / stale / exited from heartbeats and hides exited by default', async () => {
    const { data } = mcp();
    const visible = await data<{ items: { instance_name: string; health: string }[]; by_health: Record<string, number> }>('list-agents', { namespace: 'fx-ns' });
    expect(Object.fromEntries(visible.items.map((a) => [a.instance_name, a.health]))).toEqual({ [FX.agents.healthy]: 'healthy', [FX.agents.stale]: 'stale' });
    expect(visible.by_health).toEqual({ healthy: 1, stale: 1, exited: 1 });
    const exited = await data<{ items: { instance_name: string }[] }>('list-agents', { namespace: 'fx-ns', health: 'exited' });
    expect(exited.items.map((a) => a.instance_name)).toEqual([FX.agents.exited]);
  });

  it('get-run counts STF files and slices by status', async () => {
    const run = await mcp().data<{ stf_files_by_status: Record<string, number>; slices_by_status: Record<string, number> }>('get-run', { run_number: FX.run });
    expect(run.stf_files_by_status).toEqual({ processed: 2, failed: 1 });
    expect(run.slices_by_status).toEqual({ completed: 5, failed: 1 });
  });

  it('list-actions summary counts equal the action stream', async () => {
    const { data, store } = mcp();
    const summary = await data<{ total: number; by_outcome: Record<string, number>; items: unknown[] }>('list-actions', { window_hours: 24, summarize: true });
    const rows = rowsOf<{ o: string; n: number }>(await store.db.execute(sql`select outcome::text as o, count(*)::int as n from swf_app_log where app_name = 'epicprod' and action is not null
      and timestamp >= ${new Date(FX.anchor.getTime() - 86_400_000).toISOString()}::timestamptz group by 1`));
    expect(summary.by_outcome).toEqual(Object.fromEntries(rows.map((r) => [r.o, r.n])));
    expect(summary.items).toEqual([]);
    const errors = await data<{ items: { action: string; reason: string }[] }>('list-actions', { outcome: 'error', subject_key: FX.composed });
    expect(errors.items[0]).toMatchObject({ action: 'task_submit', reason: 'prun exited 1' });
  });

  it('get-workflow-execution counts messages by type', async () => {
    const ex = await mcp().data<{ messages_by_type: Record<string, number> }>('get-workflow-execution', { execution_id: FX.execution });
    expect(ex.messages_by_type).toEqual({ stf_gen: 4, start_run: 1 });
  });

  it('get-artifact pages content and lists versions; list-alarms separates active from cleared', async () => {
    const { data } = mcp();
    const artifact = await data<{ version: number; content: string; versions: { version: number }[] }>('get-artifact', { slug: 'assessment/19.01.0/daily/2026-11-22' });
    expect(artifact.version).toBe(2);
    expect(artifact.content).toContain('FX_SITE_A');
    expect(artifact.versions.map((v) => v.version)).toEqual([2, 1]);
    const active = await data<{ items: { dedupe_key: string }[] }>('list-alarms', { alarm: 'alarm_fx_failure_rate' });
    expect(active.items.map((a) => a.dedupe_key)).toEqual(['FX_SITE_A']);
    const cleared = await data<{ items: { dedupe_key: string }[] }>('list-alarms', { alarm: 'alarm_fx_failure_rate', state: 'cleared' });
    expect(cleared.items.map((a) => a.dedupe_key)).toEqual(['FX_SITE_B']);
  });

  it('get-system-state reports the last catalog sync and active alarms', async () => {
    const state = await mcp().data<{ last_catalog_sync: { outcome: string }; active_alarms: number }>('get-system-state');
    expect(state.last_catalog_sync.outcome).toBe('ok');
    expect(state.active_alarms).toBeGreaterThanOrEqual(1);
  });
});
