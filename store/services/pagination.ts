import { z } from 'zod';
import { InvalidInputError } from './errors.ts';

/**
 * Keyset pagination: a cursor is the sort key of the last row seen, opaque to callers
 * (base64url JSON). Stable under concurrent inserts, unlike offsets.
 */
export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export const MAX_PAGE_SIZE = 200;
export const limitSchema = z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50);

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === arity && parsed.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidInputError('INVALID_CURSOR', 'cursor is not one this API issued; omit it to start from the first page', { cursor });
}

/** Builds a page from `limit + 1` fetched rows: the extra row only signals that more exist. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => readonly (string | number)[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
