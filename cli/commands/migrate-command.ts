import { loadStoreOnlyConfig } from '../config/store-only-config.ts';
import { processEnv } from '../config/process-env.ts';
import { openMigratedStore } from '../open-configured-store.ts';
import type { CommandIo } from '../command.ts';

export async function migrateCommand(_args: string[], io: CommandIo): Promise<number> {
  const config = loadStoreOnlyConfig(processEnv(), process.cwd());
  const store = await openMigratedStore(config);
  io.out(`migrations applied to ${store.location}`);
  await store.close();
  return 0;
}
