import type { Database, Store } from '../db/database.ts';
import type { PgTable } from 'drizzle-orm/pg-core';
import { Rng } from './random.ts';
import { SCALES, type ScaleParams } from './scale.ts';
import type { SeedOptions, SeedScale } from './types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SeedContext {
  store: Store;
  db: Database;
  seed: number;
  scale: SeedScale;
  params: ScaleParams;
  anchor: Date;
  /** Root stream; generators fork their own labelled streams from it. */
  rng: Rng;
  progress: (message: string, fraction?: number) => void;
}

export function createContext(store: Store, options: SeedOptions): SeedContext {
  return {
    store,
    db: store.db,
    seed: options.seed,
    scale: options.scale,
    params: SCALES[options.scale],
    anchor: new Date(options.anchor.getTime()),
    rng: new Rng(options.seed),
    progress: options.onProgress ?? (() => undefined),
  };
}

/** A time `days` (fractional) before the anchor. */
export function daysBefore(anchor: Date, days: number): Date {
  return new Date(anchor.getTime() - Math.round(days * DAY));
}

export function hoursBefore(anchor: Date, hours: number): Date {
  return new Date(anchor.getTime() - Math.round(hours * HOUR));
}

export function addHours(at: Date, hours: number): Date {
  return new Date(at.getTime() + Math.round(hours * HOUR));
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Multi-row inserts in slices: each statement stays far below PostgreSQL's 65535 bind-parameter limit.
 */
export async function insertBatched<T extends PgTable>(db: Database, table: T, rows: readonly T['$inferInsert'][], batch = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    await db.insert(table).values(rows.slice(i, i + batch) as T['$inferInsert'][]);
  }
}

export { DAY, HOUR };
