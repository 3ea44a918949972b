import { parseEnv } from '../../store/config/parse-env.ts';
import { storeConfigSchema, toStoreConfig, type StoreConfig } from '../../store/config/store-config.ts';

/** Config of commands that only need the store (migrate, seed, users, tokens). */
export function loadStoreOnlyConfig(env: Record<string, string | undefined>, cwd: string): StoreConfig {
  return toStoreConfig(parseEnv(storeConfigSchema, env), cwd);
}
