import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { queryRows } from './keyset-query.ts';

/** Verdict thresholds (DOMAIN §8.3); SysConfig overrides the defaults when the keys are set. */
export interface Thresholds {
  attention: number;
  alarm: number;
  syncStaleHours: number;
  arrivalsStallDays: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { attention: 0.1, alarm: 0.3, syncStaleHours: 26, arrivalsStallDays: 2 };

export async function readThresholds(db: Executor): Promise<Thresholds> {
  const [row] = await queryRows<{ config_data: Record<string, unknown> | null }>(db, sql`select config_data from swf_sys_config where id = 1`);
  const config = row?.config_data ?? {};
  const num = (key: string, fallback: number) => (typeof config[key] === 'number' ? (config[key] as number) : fallback);
  return {
    attention: num('assessment_ffail_attention', DEFAULT_THRESHOLDS.attention),
    alarm: num('assessment_ffail_alarm', DEFAULT_THRESHOLDS.alarm),
    syncStaleHours: num('assessment_sync_stale_hours', DEFAULT_THRESHOLDS.syncStaleHours),
    arrivalsStallDays: num('assessment_arrivals_stall_days', DEFAULT_THRESHOLDS.arrivalsStallDays),
  };
}

export type Health = 'ok' | 'attention' | 'alarm' | 'insufficient_data';

export function classifyRate(rate: number | null, thresholds: Thresholds): Health {
  if (rate === null) return 'insufficient_data';
  if (rate >= thresholds.alarm) return 'alarm';
  if (rate >= thresholds.attention) return 'attention';
  return 'ok';
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}

/** Days of Rucio arrivals that make a campaign "producing" (SysConfig campaign_producing_window_days, default 3). */
export async function readProducingWindowDays(db: Executor): Promise<number> {
  const [row] = await queryRows<{ days: unknown }>(db, sql`select config_data->'campaign_producing_window_days' as days from swf_sys_config where id = 1`);
  return typeof row?.days === 'number' && row.days > 0 ? row.days : 3;
}
