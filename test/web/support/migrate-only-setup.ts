import type { TestProject } from 'vitest/node';
import { openStore } from '../../../store/db/open-store.ts';
import { migrateStore } from '../../../store/db/migrate.ts';
import { adminUrl, databaseUrlFor } from '../../support/postgres-admin.ts';
import { testDatabaseUrl } from '../../support/test-env.ts';

/**
 * PostgreSQL-only fallback global setup (`--globalSetup test/web/support/migrate-only-setup.ts`):
 * a migrated, unseeded template, for running the empty-store API tests when the demo seed is
 * unavailable. The golden-artifact test needs the real seeded setup.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = testDatabaseUrl();
  if (!url) throw new Error('migrate-only setup is for DATABASE_URL runs');
  const name = `epic_test_template_m${process.pid}`;
  const admin = await openStore({ databaseUrl: adminUrl(url), poolSize: 1 });
  await admin.exec(`drop database if exists ${name}`);
  await admin.exec(`create database ${name}`);
  const template = await openStore({ databaseUrl: databaseUrlFor(url, name), poolSize: 2 });
  await migrateStore(template);
  await template.close();
  project.provide('templateDatabase', name);
  project.provide('templatePgliteDump', '');
  return async () => {
    await admin.exec(`drop database if exists ${name} with (force)`);
    await admin.close();
  };
}
