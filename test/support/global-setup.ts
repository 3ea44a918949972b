import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openStore } from '../../store/db/open-store.ts';
import { migrateStore } from '../../store/db/migrate.ts';
import { seedDatabase } from '../../store/seed/index.ts';
import { TEST_ANCHOR, TEST_SEED, testDatabaseUrl } from './test-env.ts';
import { adminUrl, databaseUrlFor } from './postgres-admin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: name of the migrated+seeded template database. PGlite: path of a data-dir tarball. */
    templateDatabase: string;
    templatePgliteDump: string;
  }
}

/**
 * Builds one migrated, demo-seeded database per test run; each test file clones it (PostgreSQL
 * `CREATE DATABASE … TEMPLATE`, PGlite `loadDataDir`) so files are isolated and start fast.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = testDatabaseUrl();
  // CI sets REQUIRE_SERVICES so a missing PostgreSQL fails the run instead of silently using PGlite.
  if (process.env.REQUIRE_SERVICES === '1' && !url) throw new Error('REQUIRE_SERVICES=1 but DATABASE_URL is not set');
  if (url) {
    const templateName = `epic_test_template_${process.pid}`;
    const admin = await openStore({ databaseUrl: adminUrl(url), poolSize: 1 });
    await admin.exec(`drop database if exists ${templateName}`);
    await admin.exec(`create database ${templateName}`);
    const template = await openStore({ databaseUrl: databaseUrlFor(url, templateName), poolSize: 2 });
    await migrateStore(template);
    await seedDatabase(template, { scale: 'demo', seed: TEST_SEED, anchor: TEST_ANCHOR });
    await template.close();
    project.provide('templateDatabase', templateName);
    project.provide('templatePgliteDump', '');
    return async () => {
      await admin.exec(`drop database if exists ${templateName} with (force)`);
      await admin.close();
    };
  }
  const store = await openStore({ dataDir: 'memory' });
  await migrateStore(store);
  await seedDatabase(store, { scale: 'demo', seed: TEST_SEED, anchor: TEST_ANCHOR });
  const dump = await store.pglite!.dumpDataDir('gzip');
  const dumpPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'epic-test-')), 'template.tar.gz');
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await store.close();
  project.provide('templateDatabase', '');
  project.provide('templatePgliteDump', dumpPath);
  return async () => {
    fs.rmSync(path.dirname(dumpPath), { recursive: true, force: true });
  };
}
