import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listPandaTasks } from '../../../../store/services/catalog/panda-tasks.ts';
import { rowsOf } from '../../../../store/services/counters.ts';
import { useTestStore } from '../../../support/test-store.ts';

const store = useTestStore();

describe('keyset pagination over panda tasks (modification_time desc, id desc)', () => {
  it('visits every task once in the same order as one ordered query', async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10_000; i += 1) {
      const page = await listPandaTasks(store().db, { includeAborted: true }, { limit: 37, cursor });
      seen.push(...page.items.map((t) => t.jedi_task_id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const expected = rowsOf<{ id: number }>(await store().db.execute(sql`select jedi_task_id::float8 as id from panda_task order by modification_time desc, jedi_task_id desc`)).map((r) => r.id);
    expect(seen).toEqual(expected);
  });
});
