import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { VALIDATION_STATUSES } from '../../schema/enums.ts';
import { dataset, validationResult } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { asObject, parseInput, type Actor } from './service-support.ts';

export type ValidationResultRow = typeof validationResult.$inferSelect;

export const recordValidationInput = z.strictObject({
  sample: z.string().min(1).max(255).describe('composed name of the validated dataset'),
  revision: z.string().max(50).default(''),
  status: z.enum(VALIDATION_STATUSES),
  benchmarks: z.array(z.unknown()).max(500).default([]),
  invalidated: z.array(z.unknown()).max(500).default([]),
  completed_at: z.iso.datetime({ offset: true }).optional(),
  details_url: z.string().max(500).default(''),
  raw: z.record(z.string(), z.unknown()).default({}),
});

/** Append-only; the newest result is mirrored into every block row's metadata.validation. */
export async function recordValidationResult(db: Database, actor: Actor, input: unknown): Promise<{ result: ValidationResultRow; datasetsUpdated: number }> {
  const parsed = parseInput(recordValidationInput, input);
  return db.transaction(async (tx) => {
    const [result] = await tx
      .insert(validationResult)
      .values({ ...parsed, completedAt: parsed.completed_at ? new Date(parsed.completed_at) : null, detailsUrl: parsed.details_url, receivedFrom: actor.username })
      .returning();
    const rows = await tx.select({ id: dataset.id, metadata: dataset.metadata }).from(dataset).where(eq(dataset.composedName, parsed.sample));
    for (const row of rows) {
      const validation = { status: parsed.status, revision: parsed.revision, result_id: result!.id, received_at: result!.receivedAt.toISOString(), details_url: parsed.details_url };
      await tx.update(dataset).set({ metadata: { ...asObject(row.metadata), validation }, updatedAt: new Date() }).where(eq(dataset.id, row.id));
    }
    await recordAction(tx, { action: 'validation_result_received', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'dataset', subjectKey: parsed.sample, extra: { status: parsed.status, revision: parsed.revision } });
    return { result: result!, datasetsUpdated: rows.length };
  });
}

export const listValidationInput = z.strictObject({
  sample: z.string().max(255).optional(),
  cursor: z.string().max(500).optional(),
  limit: limitSchema,
});

export async function listValidationResults(db: Executor, input: unknown): Promise<Page<ValidationResultRow>> {
  const parsed = parseInput(listValidationInput, input);
  const conditions: SQL[] = [];
  if (parsed.sample) conditions.push(eq(validationResult.sample, parsed.sample));
  if (parsed.cursor) conditions.push(lt(validationResult.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(validationResult).where(and(...conditions)).orderBy(desc(validationResult.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}
