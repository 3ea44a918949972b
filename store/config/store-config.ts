import path from 'node:path';
import { z } from 'zod';
import { optionalString, postgresUrl } from './parse-env.ts';

/** The store's part of every process config: PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise. */
export const storeConfigSchema = z.object({
  DATABASE_URL: postgresUrl,
  DATA_DIR: optionalString,
});

export type StoreConfig = { databaseUrl: string | undefined; dataDir: string };

export function toStoreConfig(env: z.infer<typeof storeConfigSchema>, cwd: string): StoreConfig {
  return { databaseUrl: env.DATABASE_URL, dataDir: path.resolve(cwd, env.DATA_DIR ?? 'data') };
}
