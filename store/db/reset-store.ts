import { sql } from 'drizzle-orm';
import { rowsOf } from '../services/counters.ts';
import type { Store } from './database.ts';

/** Empties every table of the application schema (migrations bookkeeping is kept). */
export async function truncateAllTables(store: Store): Promise<void> {
  const result = await store.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`);
  const tables = rowsOf<{ tablename: string }>(result).map((r) => `"public"."${r.tablename}"`);
  if (tables.length > 0) await store.exec(`truncate ${tables.join(', ')} restart identity cascade`);
}

/** The stored seed summary, or null when the store was never seeded. */
export async function readSeedSummary(store: Store): Promise<Record<string, unknown> | null> {
  const result = await store.db.execute(sql`select value from swf_persistent_state where key = 'seed_summary'`);
  const row = rowsOf<{ value: unknown }>(result)[0];
  return row && typeof row.value === 'object' && row.value !== null ? (row.value as Record<string, unknown>) : null;
}

/** True when the production tables hold any data (seeded or ingested). */
export async function hasProductionData(store: Store): Promise<boolean> {
  const result = await store.db.execute(sql`select exists (select 1 from pcs_campaign) or exists (select 1 from panda_task) as any`);
  return Boolean(rowsOf<{ any: boolean }>(result)[0]?.any);
}
