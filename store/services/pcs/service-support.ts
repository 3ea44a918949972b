import { z } from 'zod';
import { ConflictError, InvalidInputError, NotFoundError, isDomainError } from '../errors.ts';
import type { Role } from '../../schema/enums.ts';

/** Who performs a write: services need the name for ownership rules and the action stream. */
export interface Actor {
  username: string;
  role: Role;
}

/** Admins may act on anyone's drafts; everyone else only on their own (DOMAIN §2.2, §2.7). */
export function isAdmin(actor: Actor): boolean {
  return actor.role === 'admin';
}

/**
 * Parses service input with zod and turns failures into one INVALID_INPUT error whose details
 * name every offending field, so REST, MCP and the CLI report the same thing.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: issue.code }));
  const first = issues[0];
  throw new InvalidInputError('INVALID_INPUT', first ? `${first.path || '(body)'}: ${first.message}` : 'invalid input', { issues });
}

interface PgErrorLike {
  code?: string;
  constraint?: string;
  detail?: string;
  message?: string;
}

/** drizzle wraps driver errors; the PostgreSQL error (with its SQLSTATE) is somewhere in the cause chain. */
export function pgErrorOf(error: unknown): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const candidate = current as PgErrorLike & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/**
 * Runs a write and converts constraint violations the service did not pre-check (races between
 * two writers) into domain errors instead of letting them surface as 500s.
 */
export async function translateConstraintErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) throw error;
    const pg = pgErrorOf(error);
    if (pg?.code === '23505') throw new ConflictError('ALREADY_EXISTS', `a row with the same key already exists (${pg.constraint ?? 'unique'})`, { constraint: pg.constraint, detail: pg.detail });
    if (pg?.code === '23514') throw new InvalidInputError('CONSTRAINT_VIOLATED', `the change breaks rule ${pg.constraint ?? '(check)'}: ${pg.message ?? ''}`.trim(), { constraint: pg.constraint });
    if (pg?.code === '23503') throw new ConflictError('REFERENCED_ROW', `the row is referenced or references a missing row (${pg.constraint ?? 'foreign key'})`, { constraint: pg.constraint });
    if (pg?.code === '22003' || pg?.code === '22P02' || pg?.code === '22001' || pg?.code === '22007' || pg?.code === '22008') {
      throw new InvalidInputError('VALUE_OUT_OF_RANGE', `a value does not fit its column: ${pg.message ?? ''}`.trim(), {});
    }
    throw error;
  }
}

export function required<T>(row: T | undefined, entity: string, key: string | number, hint = ''): T {
  if (row === undefined) throw new NotFoundError(entity, key, hint);
  return row;
}

/** The optimistic-concurrency version a writer read; optional on transitions, required on edits. */
export const rowVersionField = z.number().int().positive().describe('row_version of the row as you read it; a mismatch is a 409 ROW_VERSION_MISMATCH');

/** Stable JSON (sorted keys) so hashes and diffs do not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value) ?? 'null';
}

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
}
