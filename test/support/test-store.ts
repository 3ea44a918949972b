import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Store } from '../../store/db/database.ts';
import { openStore } from '../../store/db/open-store.ts';
import { migrateStore } from '../../store/db/migrate.ts';
import { adminUrl, databaseUrlFor } from './postgres-admin.ts';
import { testDatabaseUrl } from './test-env.ts';

/**
 * An isolated store for one test file: a clone of the seeded template on PostgreSQL (CI) or a
 * PGlite instance loaded from the template dump. `empty: true` gives a migrated store without seed data.
 */
export async function openTestStore(options: { empty?: boolean } = {}): Promise<Store> {
  const url = testDatabaseUrl();
  if (url) {
    const name = `epic_test_${randomBytes(6).toString('hex')}`;
    const admin = await openStore({ databaseUrl: adminUrl(url), poolSize: 1 });
    try {
      await admin.exec(options.empty ? `create database ${name}` : `create database ${name} template ${inject('templateDatabase')}`);
    } finally {
      await admin.close();
    }
    const store = await openStore({ databaseUrl: databaseUrlFor(url, name), poolSize: 4 });
    if (options.empty) await migrateStore(store);
    const close = store.close;
    store.close = async () => {
      await close();
      const cleanup = await openStore({ databaseUrl: adminUrl(url), poolSize: 1 });
      await cleanup.exec(`drop database if exists ${name} with (force)`);
      await cleanup.close();
    };
    return store;
  }
  if (options.empty) {
    const store = await openStore({ dataDir: 'memory' });
    await migrateStore(store);
    return store;
  }
  const dump = fs.readFileSync(inject('templatePgliteDump'));
  return openStore({ dataDir: 'memory', loadDataDir: new Blob([dump]) });
}

/** Registers beforeAll/afterAll for a file-scoped store and returns a getter for it. */
export function useTestStore(options: { empty?: boolean } = {}): () => Store {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await openTestStore(options);
  });
  afterAll(async () => {
    await store?.close();
  });
  return () => {
    if (!store) throw new Error('test store used outside a test (beforeAll has not run)');
    return store;
  };
}
