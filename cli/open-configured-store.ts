import type { StoreConfig } from '../store/config/store-config.ts';
import type { Store } from '../store/db/database.ts';
import { migrateStore } from '../store/db/migrate.ts';
import { openStore } from '../store/db/open-store.ts';

/** Opens the configured store and applies pending migrations (cheap when up to date). */
export async function openMigratedStore(config: StoreConfig): Promise<Store> {
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateStore(store);
  return store;
}
