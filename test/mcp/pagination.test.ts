import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../store/services/counters.ts';
import { TEXT_CAP_CHARS } from '../../mcp/shape/size-cap.ts';
import { FX } from './support/fixture.ts';
import { textOf, useMcp, type McpHarness } from './support/connect.ts';

const mcp = useMcp();

/** Follows next_cursor to the end and returns every item plus how many pages were truncated by the cap. */
async function walk(harness: McpHarness, tool: string, args: Record<string, unknown>) {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  let truncatedPages = 0;
  for (let pages = 0; pages < 200; pages += 1) {
    const result = await harness.call(tool, { ...args, ...(cursor ? { cursor } : {}) });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(textOf(result).length).toBeLessThanOrEqual(TEXT_CAP_CHARS + 600);
    const data = result.structuredContent as { items: Record<string, unknown>[]; next_cursor: string | null; truncated: boolean };
    items.push(...data.items);
    if (data.truncated) truncatedPages += 1;
    if (!data.next_cursor) return { items, truncatedPages };
    cursor = data.next_cursor;
  }
  throw new Error('cursor walk did not end');
}

describe('cursor pagination', () => {
  it('walks every job of a task exactly once, in small pages', async () => {
    const harness = mcp();
    const { items } = await walk(harness, 'list-jobs', { jedi_task_id: FX.taskIds[0], limit: 7, fields: ['panda_id'] });
    const expected = rowsOf<{ id: number }>(await harness.store.db.execute(sql`select panda_id::float8 as id from panda_job where jedi_task_id = ${FX.taskIds[0]} order by panda_id desc`)).map((r) => r.id);
    expect(items.map((i) => i.panda_id)).toEqual(expected);
  });

  it('stays complete when the size cap trims large pages (detailed rows, limit 100)', async () => {
    const harness = mcp();
    const { items, truncatedPages } = await walk(harness, 'diagnose-failed-jobs', { site: 'FX_SITE_A', limit: 100, response_format: 'detailed' });
    const expected = rowsOf<{ id: number }>(await harness.store.db.execute(sql`select panda_id::float8 as id from panda_job where computing_site = 'FX_SITE_A' and job_status in ('failed','cancelled','closed','broken') order by panda_id desc`)).map((r) => r.id);
    expect(truncatedPages).toBeGreaterThan(0);
    expect(items.map((i) => i.panda_id)).toEqual(expected);
  });

  it('a capped page says how to narrow', async () => {
    const result = await mcp().call('diagnose-failed-jobs', { site: 'FX_SITE_A', limit: 100, response_format: 'detailed' });
    const data = result.structuredContent as { truncated: boolean; note: string };
    expect(data.truncated).toBe(true);
    expect(data.note).toMatch(/next_cursor.*fields/);
    expect(textOf(result)).toContain('note:');
  });

  it('walks keyset pages over timestamp sort keys without gaps (messages, actions)', async () => {
    const harness = mcp();
    const messages = await walk(harness, 'list-messages', { execution_id: FX.execution, limit: 2, fields: ['message_id'] });
    expect(new Set(messages.items.map((i) => i.message_id)).size).toBe(5);
    const actions = await walk(harness, 'list-actions', { window_hours: 24 * 30, limit: 50, fields: ['id'] });
    const [count] = rowsOf<{ n: number }>(await harness.store.db.execute(sql`select count(*)::int as n from swf_app_log where app_name = 'epicprod' and action is not null and timestamp >= ${new Date(FX.anchor.getTime() - 30 * 86_400_000).toISOString()}::timestamptz`));
    expect(actions.items.length).toBe(count!.n);
    expect(new Set(actions.items.map((i) => i.id)).size).toBe(count!.n);
  });

  it('field selection returns only the requested fields', async () => {
    const data = await mcp().data<{ items: Record<string, unknown>[] }>('list-panda-tasks', { campaign: FX.campaign, fields: ['jedi_task_id', 'status'] });
    for (const item of data.items) expect(Object.keys(item).sort()).toEqual(['jedi_task_id', 'status']);
  });
});
