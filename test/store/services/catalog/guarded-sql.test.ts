import { describe, expect, it } from 'vitest';
import { checkReadOnlySql } from '../../../../store/services/catalog/guarded-sql.ts';

describe('checkReadOnlySql', () => {
  it('accepts one SELECT or WITH, with a trailing semicolon, comments and quoted semicolons', () => {
    expect(checkReadOnlySql('select 1;')).toBe('select 1');
    expect(checkReadOnlySql("select ';' as s -- trailing; comment")).toContain("';'");
    expect(() => checkReadOnlySql('with t as (select 1) select * from t')).not.toThrow();
  });

  it.each([
    ['select 1; select 2', 'MULTIPLE_STATEMENTS'],
    ['update panda_task set status = $$done$$', 'NOT_A_SELECT'],
    ['select * from public.api_token', 'TABLE_NOT_ALLOWED'],
    ['select * from idempotency_key', 'TABLE_NOT_ALLOWED'],
    ['select * from pg_catalog.pg_authid', 'SQL_NOT_ALLOWED'],
    ['select * from information_schema.tables', 'SQL_NOT_ALLOWED'],
    ["select set_config('x', 'y', false)", 'SQL_NOT_ALLOWED'],
    ['select 1 /* ; */ ; drop table panda_task', 'MULTIPLE_STATEMENTS'],
  ])('refuses %s', (text, code) => {
    expect(() => checkReadOnlySql(text)).toThrow(expect.objectContaining({ code }));
  });
});
