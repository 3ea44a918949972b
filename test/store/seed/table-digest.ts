import { sql } from 'drizzle-orm';
import type { Store } from '../../../store/db/database.ts';
import { rowsOf } from '../../../store/services/counters.ts';

/** md5 of every table's ordered rows: equal digests ⇔ identical contents. */
export async function tableDigests(store: Store): Promise<Record<string, string>> {
  const tables = rowsOf<{ tablename: string }>(await store.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`));
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = rowsOf<{ digest: string }>(await store.db.execute(sql.raw(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "public"."${tablename}" t`)));
    out[tablename] = row?.digest ?? '';
  }
  return out;
}
