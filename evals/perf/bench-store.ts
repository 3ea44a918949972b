import type { Store } from '../../store/db/database.ts';
import { migrateStore } from '../../store/db/migrate.ts';
import { openStore } from '../../store/db/open-store.ts';
import { readSeedSummary } from '../../store/db/reset-store.ts';
import { seedDatabase } from '../../store/seed/index.ts';

/**
 * The store a benchmark runs on: the given PostgreSQL database (already seeded, e.g. with the
 * large scale), or an in-memory PGlite seeded with the demo scale.
 */
export async function openBenchStore(databaseUrl: string | undefined): Promise<Store> {
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: 'memory' });
  await migrateStore(store);
  if (!(await readSeedSummary(store))) {
    if (databaseUrl) throw new Error(`${store.location} is not seeded: run epic-assistant seed first`);
    await seedDatabase(store, { scale: 'demo', seed: 1, anchor: new Date('2026-11-23T06:00:00Z') });
  }
  return store;
}
