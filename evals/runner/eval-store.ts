import type { Store } from '../../store/db/database.ts';
import { migrateStore } from '../../store/db/migrate.ts';
import { openStore } from '../../store/db/open-store.ts';
import { readSeedSummary } from '../../store/db/reset-store.ts';
import { seedDatabase } from '../../store/seed/index.ts';

/** Fixed so facts are stable: the seed's "now". */
export const EVAL_ANCHOR = new Date('2026-11-23T06:00:00Z');

/**
 * The store an eval runs on: DATABASE_URL (already seeded), or an in-memory PGlite seeded with
 * the demo scale, seed 1, at the fixed anchor.
 */
export async function openEvalStore(databaseUrl: string | undefined, onProgress?: (message: string) => void): Promise<Store> {
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: 'memory' });
  await migrateStore(store);
  if (!(await readSeedSummary(store))) {
    if (databaseUrl) throw new Error(`${store.location} is not seeded: run epic-assistant seed first`);
    onProgress?.('seeding the demo production into in-memory PGlite…');
    await seedDatabase(store, { scale: 'demo', seed: 1, anchor: EVAL_ANCHOR });
  }
  return store;
}

/** The seed's anchor: tools answer "last 24 h" relative to it, so facts stay stable. */
export async function storeAnchor(store: Store): Promise<Date> {
  const truth = await readSeedSummary(store);
  return typeof truth?.anchor === 'string' ? new Date(truth.anchor) : EVAL_ANCHOR;
}
