import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { migrateStore } from '../../store/db/migrate.ts';
import { rowsOf } from '../../store/services/counters.ts';
import { useTestStore } from '../support/test-store.ts';

describe('migrations', () => {
  const store = useTestStore({ empty: true });

  it('create every domain table', async () => {
    const result = await store().db.execute(sql`select table_name from information_schema.tables where table_schema = 'public'`);
    const tables = rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
    for (const table of ['pcs_tag', 'pcs_dataset', 'pcs_prod_task', 'pcs_panda_tasks', 'swf_system_agent', 'swf_app_log', 'panda_job', 'panda_job_rollup', 'rucio_dataset', 'rucio_rule', 'artifact_version', 'ai_proposal', 'ai_approval', 'conversation_turn', 'alarm_event', 'api_token']) {
      expect(tables).toContain(table);
    }
  });

  it('are idempotent: applying them again changes nothing', async () => {
    const count = async () => rowsOf<{ n: number }>(await store().db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`))[0]?.n;
    const before = await count();
    await migrateStore(store());
    expect(await count()).toBe(before);
    expect(before).toBeGreaterThanOrEqual(2);
  });
});
