import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../schema/index.ts';
import type { Database, Store } from './database.ts';

export interface OpenStoreOptions {
  /** postgres:// URL; when absent the embedded PGlite store is used. */
  databaseUrl?: string | undefined;
  /** Directory for PGlite files; `memory` keeps everything in memory (tests). */
  dataDir?: string | undefined;
  /** PGlite only: start from a data-dir tarball (a migrated, seeded template). */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? 'memory', options.loadDataDir);
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

async function openPostgres(url: string, poolSize: number): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    location: redactUrl(url),
    exec: async (sqlText) => {
      await pool.query(sqlText);
    },
    close: () => pool.end(),
    pgPool: pool,
  };
}

async function openPglite(dataDir: string, loadDataDir: Blob | undefined): Promise<Store> {
  const inMemory = dataDir === 'memory';
  const pgDir = inMemory ? undefined : path.join(dataDir, 'pglite');
  if (pgDir) fs.mkdirSync(pgDir, { recursive: true });
  const client = await PGlite.create(pgDir ? { dataDir: pgDir, loadDataDir } : { loadDataDir });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    location: inMemory ? 'PGlite (in memory)' : `PGlite at ${pgDir}`,
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    close: () => client.close(),
    pglite: client,
  };
}
