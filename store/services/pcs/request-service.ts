import { and, asc, count, eq, gt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../schema/enums.ts';
import { prodRequest, prodTask, questionnaire } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { GateError, NotFoundError } from '../errors.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { withIdempotencyKey } from './idempotency.ts';
import { versionConflict } from './optimistic-concurrency.ts';
import { parseInput, rowVersionField, translateConstraintErrors, type Actor } from './service-support.ts';

export type RequestRow = typeof prodRequest.$inferSelect;

export const requestIntakeInput = z.strictObject({
  intake_key: z.string().trim().min(1).max(200).optional().describe('natural key (e.g. public catalog issue); a repeat returns the original request'),
  questionnaire_id: z.number().int().positive().optional(),
  requestor: z.string().trim().min(1).max(100),
  pwg: z.string().max(50).default(''),
  title: z.string().max(300).default(''),
  simu_path: z.string().max(500).default(''),
  gen_config: z.string().max(300).default(''),
  nevents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  background: z.string().max(100).default(''),
  description: z.string().max(10000).default(''),
  priority: z.union([z.literal(-1), z.literal(1), z.literal(2), z.literal(3)]).default(2),
  pre_tdr_use: z.boolean().default(false),
  early_science_use: z.boolean().default(false),
  other_use: z.boolean().default(false),
  new_request: z.boolean().default(true),
  source_url: z.string().max(500).default(''),
  source_row: z.number().int().min(0).max(10_000_000).optional(),
  data: z.record(z.string(), z.unknown()).default({}),
});

export interface RequestIntakeResult {
  request: RequestRow;
  replayed: boolean;
}

export async function getRequest(db: Executor, id: number): Promise<RequestRow> {
  const [row] = await db.select().from(prodRequest).where(eq(prodRequest.id, id)).limit(1);
  if (!row) throw new NotFoundError('request', id);
  return row;
}

/**
 * Intake is idempotent twice over: an Idempotency-Key replays the original request (and refuses a
 * different body), and a natural `intake_key` returns the row it created before.
 */
export async function intakeRequest(db: Database, actor: Actor, input: unknown, options: { idempotencyKey?: string } = {}): Promise<RequestIntakeResult> {
  const parsed = parseInput(requestIntakeInput, input);
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const create = async (): Promise<{ request_id: number; replayed: boolean }> => {
        if (parsed.intake_key) {
          const [existing] = await tx.select({ id: prodRequest.id }).from(prodRequest).where(eq(prodRequest.intakeKey, parsed.intake_key)).limit(1);
          if (existing) return { request_id: existing.id, replayed: true };
        }
        if (parsed.questionnaire_id !== undefined) {
          const [q] = await tx.select({ id: questionnaire.id }).from(questionnaire).where(eq(questionnaire.id, parsed.questionnaire_id)).limit(1);
          if (!q) throw new NotFoundError('questionnaire', parsed.questionnaire_id);
        }
        const [row] = await tx
          .insert(prodRequest)
          .values({
            intakeKey: parsed.intake_key ?? null, questionnaireId: parsed.questionnaire_id ?? null, requestor: parsed.requestor, pwg: parsed.pwg, title: parsed.title,
            simuPath: parsed.simu_path, genConfig: parsed.gen_config, nevents: parsed.nevents ?? null, background: parsed.background, description: parsed.description,
            priority: parsed.priority, preTdrUse: parsed.pre_tdr_use, earlyScienceUse: parsed.early_science_use, otherUse: parsed.other_use, newRequest: parsed.new_request,
            sourceUrl: parsed.source_url, sourceRow: parsed.source_row ?? null, data: parsed.data, createdBy: actor.username,
          })
          .returning({ id: prodRequest.id });
        await recordAction(tx, { action: 'request_intake', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'request', subjectKey: String(row!.id), extra: { row_version: 1 } });
        return { request_id: row!.id, replayed: false };
      };
      const outcome = options.idempotencyKey
        ? await withIdempotencyKey(tx, { key: options.idempotencyKey, scope: 'request_intake', body: parsed, statusCode: 201 }, create)
        : { value: await create(), replayed: false };
      return { request: await getRequest(tx, outcome.value.request_id), replayed: outcome.replayed || outcome.value.replayed };
    }),
  );
}

/**
 * Legal request transitions. `linked` means production tasks exist for it; `closed` is terminal.
 * Anything not listed is refused with REQUEST_TRANSITION_NOT_ALLOWED naming the allowed targets.
 */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ['review', 'closed'],
  review: ['ready', 'blocked', 'closed'],
  blocked: ['review', 'ready', 'closed'],
  ready: ['linked', 'blocked', 'review', 'closed'],
  linked: ['closed'],
  closed: [],
};

export const requestTransitionInput = z.strictObject({
  to: z.enum(REQUEST_STATUSES),
  reason: z.string().trim().max(2000).optional().describe('required when moving to blocked'),
  row_version: rowVersionField.optional(),
});

export async function transitionRequest(db: Database, actor: Actor, id: number, input: unknown): Promise<RequestRow> {
  const parsed = parseInput(requestTransitionInput, input);
  return db.transaction(async (tx) => {
    const row = await getRequest(tx, id);
    const allowed = REQUEST_TRANSITIONS[row.status];
    if (!allowed.includes(parsed.to)) {
      throw new GateError('REQUEST_TRANSITION_NOT_ALLOWED', `request ${id} cannot go from ${row.status} to ${parsed.to}; allowed: ${allowed.join(', ') || 'none (closed is final)'}`, {
        gate: 'request_transition', from: row.status, to: parsed.to, allowed,
      });
    }
    if (parsed.to === 'blocked' && !parsed.reason) {
      throw new GateError('REQUEST_BLOCK_REASON_REQUIRED', 'blocking a request needs a reason the requestor can act on', { gate: 'blocked_reason' });
    }
    if (parsed.to === 'linked') {
      const [tasks] = await tx.select({ n: count() }).from(prodTask).where(eq(prodTask.requestId, id));
      if (!tasks || Number(tasks.n) === 0) {
        throw new GateError('REQUEST_HAS_NO_TASKS', `request ${id} cannot be linked: no production task references it yet`, { gate: 'linked_requires_task' });
      }
    }
    const where = parsed.row_version !== undefined ? and(eq(prodRequest.id, id), eq(prodRequest.rowVersion, parsed.row_version)) : eq(prodRequest.id, id);
    const [updated] = await tx
      .update(prodRequest)
      .set({ status: parsed.to, blockedReason: parsed.to === 'blocked' ? parsed.reason! : '', updatedAt: new Date(), rowVersion: sql`${prodRequest.rowVersion} + 1` })
      .where(where)
      .returning();
    if (!updated) throw await versionConflict(tx, { entity: 'request', subjectType: 'request', subjectKey: String(id), expected: parsed.row_version!, current: row.rowVersion, updatedAt: row.updatedAt });
    await recordAction(tx, {
      action: 'request_set_status', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'request', subjectKey: String(id),
      extra: { from: row.status, to: parsed.to, row_version: updated.rowVersion, changed: ['status'], ...(parsed.reason ? { comment: parsed.reason } : {}) },
    });
    return updated;
  });
}

export const listRequestsInput = z.strictObject({
  status: z.enum(REQUEST_STATUSES).optional(),
  requestor: z.string().max(100).optional(),
  cursor: z.string().max(500).optional(),
  limit: limitSchema,
});

export async function listRequests(db: Executor, input: unknown): Promise<Page<RequestRow>> {
  const parsed = parseInput(listRequestsInput, input);
  const conditions: SQL[] = [];
  if (parsed.status) conditions.push(eq(prodRequest.status, parsed.status));
  if (parsed.requestor) conditions.push(eq(prodRequest.requestor, parsed.requestor));
  if (parsed.cursor) conditions.push(gt(prodRequest.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(prodRequest).where(and(...conditions)).orderBy(asc(prodRequest.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}
