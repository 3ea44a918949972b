import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../../store/services/counters.ts';
import { diffJobRollup, rebuildJobRollup, verifyRollups } from '../../../store/seed/rollup.ts';
import { useTestStore } from '../../support/test-store.ts';

describe('panda_job_rollup of the seeded template', () => {
  const store = useTestStore();

  it('equals a raw recount of panda_job', async () => {
    expect(await diffJobRollup(store().db)).toEqual([]);
    expect(await verifyRollups(store().db)).toBe(true);
  });

  it('reports a drifted key and is repaired by a rebuild', async () => {
    const db = store().db;
    await db.execute(sql`update panda_job_rollup set job_count = job_count + 1 where ctid = (select ctid from panda_job_rollup limit 1)`);
    const diff = await diffJobRollup(db);
    expect(diff).toHaveLength(1);
    expect(diff[0]!.rollupCount).toBe(diff[0]!.rawCount! + 1);
    await rebuildJobRollup(db);
    expect(await diffJobRollup(db)).toEqual([]);
    const [total] = rowsOf<{ r: string; j: string }>(await db.execute(sql`select (select sum(job_count) from panda_job_rollup) as r, (select count(*) from panda_job) as j`));
    expect(Number(total!.r)).toBe(Number(total!.j));
  });
});
