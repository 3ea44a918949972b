import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from '../schema/index.ts';

export type Schema = typeof schema;

/** The drizzle database both drivers (node-postgres and PGlite) satisfy; services take this type. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction handle has the same query surface as the database. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export type StoreKind = 'postgres' | 'pglite';

export interface Store {
  db: Database;
  kind: StoreKind;
  /** Where the data lives, safe to print (no password). */
  location: string;
  /** Runs raw SQL text (several statements allowed) outside drizzle; used by migrations tooling and bulk loads. */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when this store is PGlite (used to dump a template data dir). */
  pglite?: PGlite;
  /** The node-postgres pool, when this store is PostgreSQL (used for COPY bulk loads). */
  pgPool?: pg.Pool;
}
