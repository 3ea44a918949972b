import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../../store/services/counters.ts';
import { FX } from '../support/fixture.ts';
import { useMcp } from '../support/connect.ts';

const mcp = useMcp();

describe('list-panda-tasks', () => {
  it('returns the campaign tasks with status counts equal to SQL', async () => {
    const { store, data } = mcp();
    const result = await data<{ total: number; by_status: Record<string, number>; items: { jedi_task_id: number }[] }>('list-panda-tasks', { campaign: FX.campaign });
    const rows = rowsOf<{ status: string; n: number }>(await store.db.execute(sql`select status::text, count(*)::int as n from panda_task where campaign = ${FX.campaign} and status not in ('aborted','toabort','aborting') group by 1`));
    expect(result.by_status).toEqual(Object.fromEntries(rows.map((r) => [r.status, r.n])));
    expect(result.items.map((i) => i.jedi_task_id).sort()).toEqual([...FX.taskIds]);
  });
});
