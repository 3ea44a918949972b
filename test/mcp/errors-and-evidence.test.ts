import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../store/services/counters.ts';
import { FX } from './support/fixture.ts';
import { textOf, useMcp } from './support/connect.ts';

const mcp = useMcp();

describe('errors a model can fix', () => {
  it('unknown task id says how to find one', async () => {
    const result = await mcp().call('get-panda-task', { jedi_task_id: 1 });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/PANDA_TASK_NOT_FOUND.*list-panda-tasks/);
  });

  it('a malformed dataset name returns the grammar problem and where to read the grammar', async () => {
    const result = await mcp().call('get-dataset', { name: 'group.EIC.26.02.0.epic_craterlake.p3001.e1' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/INVALID_NAME.*naming-grammar/s);
  });

  it('schema violations name the field', async () => {
    const tooMany = await mcp().call('list-panda-tasks', { limit: 1000 });
    expect(tooMany.isError).toBe(true);
    expect(textOf(tooMany)).toContain('limit');
    const unknownField = await mcp().call('list-panda-tasks', { campain: '26.07.0' });
    expect(unknownField.isError).toBe(true);
    expect(textOf(unknownField)).toContain('campain');
    const badField = await mcp().call('list-jobs', { jedi_task_id: FX.taskIds[0], fields: ['nope'] });
    expect(textOf(badField)).toContain('panda_id');
  });

  it('a forged cursor is rejected with advice', async () => {
    const result = await mcp().call('list-jobs', { jedi_task_id: FX.taskIds[0], cursor: 'not-a-cursor' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/INVALID_CURSOR.*omit it/);
  });

  it('list-jobs without a scope points to the aggregate tools', async () => {
    const result = await mcp().call('list-jobs', {});
    expect(textOf(result)).toMatch(/SCOPE_REQUIRED.*error-summary/);
  });
});

describe('evidence', () => {
  it('stores each result under a stable id derived from tool, args and data as-of', async () => {
    const { data, store } = mcp();
    const first = await data<{ evidence_id: string; url: string }>('get-panda-task', { jedi_task_id: FX.taskIds[1] });
    const again = await data<{ evidence_id: string }>('get-panda-task', { jedi_task_id: FX.taskIds[1] });
    const other = await data<{ evidence_id: string }>('get-panda-task', { jedi_task_id: FX.taskIds[2] });
    expect(again.evidence_id).toBe(first.evidence_id);
    expect(other.evidence_id).not.toBe(first.evidence_id);
    expect(first.url).toBe(`http://assistant.test/tasks/${FX.taskIds[1]}`);
    const rows = rowsOf<{ tool_name: string; result: { task: { jedi_task_id: number } } }>(await store.db.execute(sql`select tool_name, result from evidence where id = ${first.evidence_id}`));
    expect(rows[0]?.tool_name).toBe('get-panda-task');
    expect(rows[0]?.result.task.jedi_task_id).toBe(FX.taskIds[1]);
  });

  it('as_of is the latest catalog sync for catalog tools', async () => {
    const { data, store } = mcp();
    const result = await data<{ as_of: string }>('error-summary', { campaign: FX.campaign });
    const [row] = rowsOf<{ at: Date }>(await store.db.execute(sql`select max(timestamp) as at from swf_app_log where action = 'catalog_sync'`));
    expect(result.as_of).toBe(new Date(row!.at).toISOString());
  });
});
