import { from as copyFrom } from 'pg-copy-streams';
import pg from 'pg';
import type { Store } from '../db/database.ts';

export type CopyValue = string | number | boolean | Date | null | Record<string, unknown> | unknown[];

/** Streams rows into one table with COPY (text format); same encoding for PostgreSQL and PGlite. */
export interface CopySink {
  write(values: readonly CopyValue[]): Promise<void> | void;
  end(): Promise<void>;
  readonly rows: number;
}

function escapeText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export function encodeCopyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) line += '\t';
    if (v === null || v === undefined) line += '\\N';
    else if (typeof v === 'string') line += escapeText(v);
    else if (typeof v === 'number') line += String(v);
    else if (typeof v === 'boolean') line += v ? 't' : 'f';
    else if (v instanceof Date) line += v.toISOString();
    else line += escapeText(JSON.stringify(v));
  }
  return `${line}\n`;
}

function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM ${source}`;
}

/**
 * PostgreSQL: a dedicated connection per table (not taken from the store's pool, which may be
 * smaller than the number of concurrent COPY streams plus drizzle's own queries).
 */
async function openPostgresSink(store: Store, table: string, columns: readonly string[]): Promise<CopySink> {
  const pool = store.pgPool;
  if (!pool) throw new Error('PostgreSQL store has no pgPool for COPY');
  const client = new pg.Client(pool.options as pg.ClientConfig);
  await client.connect();
  const stream = client.query(copyFrom(copyStatement(table, columns, 'STDIN')));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', () => resolve());
    stream.on('error', (err: Error) => reject(err));
  });
  // Without a listener an early COPY error would be an unhandled rejection before end() is awaited.
  done.catch(() => undefined);
  let buffer = '';
  let rows = 0;
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const ok = stream.write(buffer);
    buffer = '';
    if (!ok) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  };
  return {
    get rows() {
      return rows;
    },
    write(values) {
      buffer += encodeCopyLine(values);
      rows++;
      if (buffer.length > 256 * 1024) return flush();
      return undefined;
    },
    async end() {
      try {
        await flush();
        stream.end();
        await done;
      } finally {
        await client.end();
      }
    },
  };
}

/** PGlite reads COPY input from a blob; chunks bound the memory held per statement. */
function openPgliteSink(store: Store, table: string, columns: readonly string[]): CopySink {
  const pglite = store.pglite;
  if (!pglite) throw new Error('PGlite store has no engine handle for COPY');
  const statement = copyStatement(table, columns, `'/dev/blob'`);
  let parts: string[] = [];
  let size = 0;
  let rows = 0;
  const flush = async (): Promise<void> => {
    if (parts.length === 0) return;
    const blob = new Blob(parts);
    parts = [];
    size = 0;
    await pglite.query(statement, [], { blob });
  };
  return {
    get rows() {
      return rows;
    },
    write(values) {
      const line = encodeCopyLine(values);
      parts.push(line);
      size += line.length;
      rows++;
      if (size > 8 * 1024 * 1024) return flush();
      return undefined;
    },
    async end() {
      await flush();
    },
  };
}

export async function openCopySink(store: Store, table: string, columns: readonly string[]): Promise<CopySink> {
  return store.kind === 'postgres' ? openPostgresSink(store, table, columns) : openPgliteSink(store, table, columns);
}
