import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { queryRows } from './keyset-query.ts';

/**
 * "As of" for catalog data: the latest nightly catalog_sync record when there is one (DOMAIN
 * §5.6: its summary record is the catalog-freshness timestamp), else the newest task change.
 */
export async function catalogAsOf(db: Executor): Promise<Date | null> {
  const [row] = await queryRows<{ at: Date | string | null }>(
    db,
    sql`select coalesce(
      (select max(timestamp) from swf_app_log where action = 'catalog_sync'),
      (select max(modification_time) from panda_task)) as at`,
  );
  return row?.at ? new Date(row.at) : null;
}

export function hoursBefore(now: Date, hours: number): Date {
  return new Date(now.getTime() - hours * 3_600_000);
}

/** Rollup rows are per hour; a window starts at the hour containing its start. */
export function hourFloor(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
}
