import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { readSeedSummary } from '../../../store/db/reset-store.ts';
import { rowsOf } from '../../../store/services/counters.ts';
import type { SeedSummary } from '../../../store/seed/summary.ts';
import { TEST_ANCHOR, TEST_SEED } from '../../support/test-env.ts';
import { useTestStore } from '../../support/test-store.ts';

describe('stored seed summary', () => {
  const store = useTestStore();
  const q = async <T>(text: string): Promise<T[]> => rowsOf<T>(await store().db.execute(sql.raw(text)));
  const summary = async () => (await readSeedSummary(store())) as unknown as SeedSummary;

  it('records the inputs and matches direct queries', async () => {
    const s = await summary();
    expect(s).toMatchObject({ seed: TEST_SEED, scale: 'demo', anchor: TEST_ANCHOR.toISOString() });
    expect(s.campaigns.current).toBe('26.11');
    expect(s.campaigns.producing).toEqual(expect.arrayContaining(['26.10', '26.11']));
    const [jobs] = await q<{ n: string }>('select count(*) as n from panda_job');
    expect(s.tables.panda_job).toBe(Number(jobs!.n));
    expect(s.tables.panda_job).toBeGreaterThan(20_000);
    expect(s.sites.alarm.site).toBe('BNL_ePIC_GOOGLE');
    expect(s.sites.attention.site).toBe('UM_GREX_PanDA_1');
    const [worst] = await q<{ jedi: string; n: string }>(`select jedi_task_id as jedi, count(*) as n from panda_job where job_status = 'failed' group by 1 order by 2 desc limit 1`);
    expect(s.taskWithMostFailedJobs.jediTaskId).toBe(Number(worst!.jedi));
    expect(s.taskWithMostFailedJobs.failedJobs).toBe(Number(worst!.n));
    expect(s.taskWithMostFailedJobs.jediTaskId).toBe(38511);
  });

  it('names the special cases that exist in the data', async () => {
    const s = await summary();
    expect(s.twoBlockDataset.dids.map((d) => d.slice(-3))).toEqual(['.b1', '.b2']);
    expect(s.try2Task.taskName.endsWith('.try2')).toBe(true);
    const [assoc] = await q<{ n: string }>(`select count(*) as n from pcs_panda_tasks where task_name = '${s.try2Task.taskName}' and try_number = 2`);
    expect(Number(assoc!.n)).toBe(1);
    expect(await q(`select 1 from pcs_panda_tasks where jedi_task_id = ${s.unrecordedSubmission.jediTaskId}`)).toEqual([]);
    expect(s.unrecordedSubmission.prodTaskStatus).toBe('ready');
    expect(s.agents.stale.length).toBeGreaterThan(0);
    expect(s.agents.exited.length).toBeGreaterThan(0);
    expect(s.agents.healthy).toContain('epicprod-ops-agent');
    expect(s.pendingProposals.some((r) => r.startsWith('cp-'))).toBe(true);
    expect(s.pendingProposals.some((r) => r.startsWith('ap-'))).toBe(true);
    const syncAgeHours = (TEST_ANCHOR.getTime() - new Date(s.latestCatalogSync!).getTime()) / 3_600_000;
    expect(syncAgeHours).toBeGreaterThan(1);
    expect(syncAgeHours).toBeLessThan(26);
    expect(s.errors.multiSite.find((m) => m.diag.startsWith('Could not get the checksum'))!.sites.length).toBeGreaterThan(1);
    expect(s.jobsLast24h.failed).toBeGreaterThan(0);
  });

  it('continues the persistent counters after the seeded numbers', async () => {
    const rows = await q<{ key: string; value: number }>(`select key, value from swf_persistent_state where key like 'pcs_next_%' or key like 'next_%'`);
    const state = Object.fromEntries(rows.map((r) => [r.key, Number(r.value)]));
    const [maxEvgen] = await q<{ n: number }>(`select max(tag_number) as n from pcs_tag where tag_type = 'e'`);
    expect(state.pcs_next_evgen).toBe(Number(maxEvgen!.n) + 1);
    const [maxSuffix] = await q<{ n: number }>(`select max(tag_number % 1000) as n from pcs_tag where tag_type = 'p'`);
    expect(state.pcs_next_physics_suffix).toBeGreaterThan(Number(maxSuffix!.n));
    expect(state.next_run_number).toBeGreaterThan(100013);
  });
});
