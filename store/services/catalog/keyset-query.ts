import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { rowsOf } from '../counters.ts';
import { decodeCursor, encodeCursor, type Page } from '../pagination.ts';

/** One sort key: a non-null SQL expression and the type its cursor text is cast back to. */
export interface OrderKey {
  expr: SQL;
  cast: 'timestamptz' | 'bigint' | 'int' | 'text';
}

export interface KeysetQuery {
  /** Select list (no trailing comma), e.g. sql`t.jedi_task_id, t.status`. */
  select: SQL;
  /** From clause including joins. */
  from: SQL;
  where: (SQL | undefined)[];
  /** Must end in a unique key so pages never overlap. */
  order: OrderKey[];
  direction: 'asc' | 'desc';
  cursor?: string | undefined;
  limit: number;
}

export type KeysetPage<T> = Page<T> & { cursorAfter: (row: T) => string };

/**
 * Keyset pagination over raw SQL (shared by the catalog, monitor and PCS read services). Sort
 * keys travel as their text form and are cast back, so timestamptz keeps microseconds a JS
 * Date would lose — otherwise rows with sub-millisecond differences repeat or vanish across pages.
 */
export async function keysetQuery<T extends Record<string, unknown>>(db: Executor, query: KeysetQuery): Promise<KeysetPage<T>> {
  const keyCols = query.order.map((key, i) => sql`(${key.expr})::text as ${sql.raw(`_k${i}`)}`);
  const conditions = query.where.filter((c): c is SQL => c !== undefined);
  if (query.cursor) {
    const values = decodeCursor(query.cursor, query.order.length);
    const left = sql.join(query.order.map((k) => sql`(${k.expr})`), sql`, `);
    const right = sql.join(values.map((v, i) => sql`${String(v)}::${sql.raw(query.order[i]!.cast)}`), sql`, `);
    conditions.push(query.direction === 'desc' ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`);
  }
  const whereClause = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const orderClause = sql.join(query.order.map((k) => sql`${k.expr} ${sql.raw(query.direction)}`), sql`, `);
  const result = await db.execute(sql`select ${query.select}, ${sql.join(keyCols, sql`, `)} from ${query.from} ${whereClause} order by ${orderClause} limit ${query.limit + 1}`);
  const keys = new WeakMap<object, string[]>();
  const rows = rowsOf<Record<string, unknown>>(result).map((raw) => {
    const item: Record<string, unknown> = {};
    const key: string[] = [];
    for (const [k, v] of Object.entries(raw)) {
      if (/^_k\d+$/.test(k)) key[Number(k.slice(2))] = String(v);
      else item[k] = v;
    }
    keys.set(item, key);
    return item as T;
  });
  const cursorAfter = (row: T) => encodeCursor(keys.get(row) ?? []);
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? cursorAfter(last) : null, cursorAfter };
}

/** `column = value` when a filter is given, else no condition. */
export function eqIf(column: SQL, value: string | number | boolean | undefined | null): SQL | undefined {
  return value === undefined || value === null ? undefined : sql`${column} = ${value}`;
}

/** Case-insensitive match; `%` wildcards allowed as in the incumbent's filters. */
export function ilikeIf(column: SQL, pattern: string | undefined): SQL | undefined {
  if (!pattern) return undefined;
  return sql`${column} ilike ${pattern.includes('%') ? pattern : `%${pattern}%`}`;
}

export function inIf(column: SQL, values: readonly string[] | undefined): SQL | undefined {
  if (!values || values.length === 0) return undefined;
  return sql`${column} in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
}

export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

/** Rows of `key, count` into a plain record. */
export function countsOf(rows: { key: string | null; n: number | string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) out[row.key ?? ''] = Number(row.n);
  return out;
}
