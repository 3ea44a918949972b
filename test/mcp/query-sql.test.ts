import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../store/services/counters.ts';
import { textOf, useMcp } from './support/connect.ts';

const mcp = useMcp();

describe('query-sql', () => {
  it('runs a SELECT and caps rows', async () => {
    const { data, store } = mcp();
    const [count] = rowsOf<{ n: number }>(await store.db.execute(sql`select count(*)::int as n from panda_task`));
    const result = await data<{ rows: { n: number }[]; columns: string[] }>('query-sql', { sql: 'select count(*)::int as n from panda_task;' });
    expect(result.columns).toEqual(['n']);
    expect(result.rows[0]!.n).toBe(count!.n);
    const capped = await data<{ rows: unknown[]; row_cap_hit: boolean }>('query-sql', { sql: 'select jedi_task_id from panda_task', max_rows: 2 });
    expect(capped.rows).toHaveLength(2);
    expect(capped.row_cap_hit).toBe(true);
  });

  it.each([
    ['delete from panda_task', /NOT_A_SELECT/],
    ['select 1; delete from panda_task', /MULTIPLE_STATEMENTS/],
    ['select * from api_token', /TABLE_NOT_ALLOWED/],
    ['select * from "app_user"', /TABLE_NOT_ALLOWED/],
    ["select query_to_xml('select * from api_token', true, true, '')", /TABLE_NOT_ALLOWED|SQL_NOT_ALLOWED/],
    ['select pg_sleep(10)', /SQL_NOT_ALLOWED/],
    ['with x as (delete from panda_task returning 1) select * from x', /WRITE_NOT_ALLOWED/],
    ['select * from nope_table', /SQL_ERROR/],
  ])('refuses %s with a clear error', async (text, pattern) => {
    const result = await mcp().call('query-sql', { sql: text });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(pattern);
  });

  it('runs inside a read-only transaction (a write function fails in the database)', async () => {
    const result = await mcp().call('query-sql', { sql: "select nextval('ai_proposal_id_seq')" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/read-only transaction/);
  });
});
