import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Store } from './database.ts';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** Applies the committed drizzle-kit migrations; safe to run repeatedly (applied ones are skipped). */
export async function migrateStore(store: Store): Promise<void> {
  if (store.kind === 'postgres') {
    await migratePg(store.db as unknown as NodePgDatabase, { migrationsFolder });
  } else {
    await migratePglite(store.db as unknown as PgliteDatabase, { migrationsFolder });
  }
}
