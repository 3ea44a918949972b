import { sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';

/** Counter keys in persistent state (DOMAIN §3.8), allocated atomically under the row lock. */
export type CounterKey =
  | 'pcs_next_physics_suffix'
  | 'pcs_next_evgen'
  | 'pcs_next_simu'
  | 'pcs_next_reco'
  | 'pcs_next_background'
  | 'pcs_next_physics_config'
  | 'next_run_number'
  | 'next_agent_id'
  | 'next_workflow_execution_id';

/** Returns the next value of a counter and advances it; `start` is the first value ever handed out. */
export async function allocateCounter(db: Executor, key: CounterKey, start = 1): Promise<number> {
  const result = await db.execute(sql`
    insert into swf_persistent_state (key, value, updated_at) values (${key}, to_jsonb(${start + 1}::int), now())
    on conflict (key) do update set value = to_jsonb((swf_persistent_state.value)::int + 1), updated_at = now()
    returning (value)::int - 1 as value`);
  const row = rowsOf<{ value: number }>(result)[0];
  if (!row) throw new Error(`counter ${key} returned no row`);
  return Number(row.value);
}

/** Sets a counter so the next allocation returns `next` (used by the seed after bulk loads). */
export async function setCounter(db: Executor, key: CounterKey, next: number): Promise<void> {
  await db.execute(sql`
    insert into swf_persistent_state (key, value, updated_at) values (${key}, to_jsonb(${next}::int), now())
    on conflict (key) do update set value = excluded.value, updated_at = now()`);
}

/** node-postgres returns `{ rows }`, PGlite returns `{ rows }` too, but typed differently: normalize. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: T[] }).rows;
  return rows ?? [];
}
