import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { appLog } from '../../schema/monitor.ts';
import type { Executor } from '../../db/database.ts';
import { ConflictError } from '../errors.ts';

export interface VersionConflictInput {
  entity: string;
  subjectType: string;
  subjectKey: string;
  expected: number;
  current: number;
  updatedAt?: Date;
}

/**
 * Builds the 409 for a stale write. "What changed" comes from the action stream: every versioned
 * edit records the new row_version and the changed fields, so we can list the edits since the
 * version the caller read, with who made them.
 */
export async function versionConflict(db: Executor, input: VersionConflictInput): Promise<ConflictError> {
  const rows = await db
    .select({ action: appLog.action, username: appLog.username, at: appLog.timestamp, extra: appLog.extraData })
    .from(appLog)
    .where(
      and(
        eq(appLog.subjectType, input.subjectType),
        eq(appLog.subjectKey, input.subjectKey),
        gt(sql`coalesce((${appLog.extraData}->>'row_version')::int, 0)`, input.expected),
      ),
    )
    .orderBy(asc(appLog.id))
    .limit(20);
  const changes = rows.map((row) => ({
    action: row.action,
    by: row.username,
    at: row.at.toISOString(),
    row_version: row.extra['row_version'],
    changed: row.extra['changed'] ?? [],
  }));
  const changedFields = [...new Set(changes.flatMap((c) => (Array.isArray(c.changed) ? (c.changed as string[]) : [])))];
  const who = [...new Set(changes.map((c) => c.by).filter(Boolean))];
  return new ConflictError(
    'ROW_VERSION_MISMATCH',
    `${input.entity} ${input.subjectKey} changed since you read it (your row_version ${input.expected}, now ${input.current})` +
      (changedFields.length ? `: ${changedFields.join(', ')} changed${who.length ? ` by ${who.join(', ')}` : ''}` : '') +
      '; re-read it and apply your edit again',
    {
      expected_row_version: input.expected,
      current_row_version: input.current,
      changed_fields: changedFields,
      changes,
      ...(input.updatedAt ? { updated_at: input.updatedAt.toISOString() } : {}),
    },
  );
}

/** Lists the keys whose values differ, for the action stream's `changed` list. */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
