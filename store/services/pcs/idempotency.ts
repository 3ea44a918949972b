import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { idempotencyKey } from '../../schema/auth.ts';
import { ConflictError } from '../errors.ts';
import { canonicalJson } from './service-support.ts';

export interface IdempotentOutcome<T> {
  value: T;
  /** true when this call replayed an earlier one and changed nothing. */
  replayed: boolean;
  statusCode: number;
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/**
 * Runs `work` once per Idempotency-Key (inside the caller's transaction): a replay with the same
 * body returns the stored response, the same key with another body is refused — silently
 * answering a different request would hide a client bug.
 */
export async function withIdempotencyKey<T>(
  tx: Executor, options: { key: string; scope: string; body: unknown; statusCode: number }, work: () => Promise<T>,
): Promise<IdempotentOutcome<T>> {
  const hash = requestHash(options.body);
  const [stored] = await tx.select().from(idempotencyKey).where(eq(idempotencyKey.key, options.key)).limit(1);
  if (stored) {
    if (stored.scope !== options.scope || stored.requestHash !== hash) {
      throw new ConflictError('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key "${options.key}" was already used for a different request; use a new key for a new request`, {
        key: options.key, original_scope: stored.scope,
      });
    }
    return { value: stored.response as T, replayed: true, statusCode: stored.statusCode };
  }
  const value = await work();
  await tx.insert(idempotencyKey).values({ key: options.key, scope: options.scope, requestHash: hash, statusCode: options.statusCode, response: JSON.parse(JSON.stringify(value)) as unknown });
  return { value, replayed: false, statusCode: options.statusCode };
}
