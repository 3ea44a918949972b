import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { COMMENT_SUBJECT_TYPES } from '../../schema/enums.ts';
import { campaign, comment, dataset, prodRequest } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { ForbiddenError, GateError, NotFoundError } from '../errors.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { versionConflict } from './optimistic-concurrency.ts';
import { isAdmin, parseInput, rowVersionField, type Actor } from './service-support.ts';
import { getTask } from './task-service.ts';

export type CommentRow = typeof comment.$inferSelect;

export const addCommentInput = z.strictObject({
  subject_type: z.enum(COMMENT_SUBJECT_TYPES),
  subject_key: z.string().min(1).max(255).describe('request id, task name, campaign name or dataset composed name'),
  body: z.string().trim().min(1).max(20000),
  model: z.string().max(100).optional().describe('set for LLM-written comments, which are then immutable'),
});

export const editCommentInput = z.strictObject({ body: z.string().trim().min(1).max(20000), row_version: rowVersionField });

/** Comments attach to existing subjects only; a typo'd key would otherwise create an orphan thread. */
async function assertSubjectExists(db: Executor, type: (typeof COMMENT_SUBJECT_TYPES)[number], key: string): Promise<void> {
  if (type === 'task') { await getTask(db, key); return; }
  const found =
    type === 'request' ? /^[0-9]{1,9}$/.test(key) && (await db.select({ id: prodRequest.id }).from(prodRequest).where(eq(prodRequest.id, Number(key))).limit(1)).length > 0
    : type === 'campaign' ? (await db.select({ id: campaign.id }).from(campaign).where(eq(campaign.name, key)).limit(1)).length > 0
    : (await db.select({ id: dataset.id }).from(dataset).where(eq(dataset.composedName, key)).limit(1)).length > 0;
  if (!found) throw new NotFoundError(type, key);
}

export async function addComment(db: Database, actor: Actor, input: unknown): Promise<CommentRow> {
  const parsed = parseInput(addCommentInput, input);
  return db.transaction(async (tx) => {
    await assertSubjectExists(tx, parsed.subject_type, parsed.subject_key);
    const [row] = await tx.insert(comment).values({ subjectType: parsed.subject_type, subjectKey: parsed.subject_key, author: actor.username, body: parsed.body, model: parsed.model ?? null }).returning();
    await recordAction(tx, { action: 'narrative_commented', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: parsed.subject_type, subjectKey: parsed.subject_key, extra: { comment_id: row!.id } });
    return row!;
  });
}

/** Human comments are editable by their author; LLM comments are immutable (DOMAIN §2.11). */
export async function editComment(db: Database, actor: Actor, id: number, input: unknown): Promise<CommentRow> {
  const parsed = parseInput(editCommentInput, input);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(comment).where(eq(comment.id, id)).limit(1);
    if (!row) throw new NotFoundError('comment', id);
    if (row.model) throw new GateError('COMMENT_IMMUTABLE', `comment ${id} was written by ${row.model}; model comments are immutable, add a reply instead`, { gate: 'human_comments_only' });
    if (row.author !== actor.username && !isAdmin(actor)) throw new ForbiddenError('NOT_COMMENT_AUTHOR', `only ${row.author} may edit comment ${id}`, { author: row.author });
    const [updated] = await tx
      .update(comment)
      .set({ body: parsed.body, updatedAt: new Date(), rowVersion: sql`${comment.rowVersion} + 1` })
      .where(and(eq(comment.id, id), eq(comment.rowVersion, parsed.row_version)))
      .returning();
    if (!updated) throw await versionConflict(tx, { entity: 'comment', subjectType: 'comment', subjectKey: String(id), expected: parsed.row_version, current: row.rowVersion, updatedAt: row.updatedAt });
    await recordAction(tx, { action: 'narrative_commented', outcome: 'ok', sublevel: 'low', instance: 'web', username: actor.username, subjectType: 'comment', subjectKey: String(id), extra: { row_version: updated.rowVersion, changed: ['body'] } });
    return updated;
  });
}

export const listCommentsInput = z.strictObject({
  subject_type: z.enum(COMMENT_SUBJECT_TYPES),
  subject_key: z.string().min(1).max(255),
  cursor: z.string().max(500).optional(),
  limit: limitSchema,
});

export async function listComments(db: Executor, input: unknown): Promise<Page<CommentRow>> {
  const parsed = parseInput(listCommentsInput, input);
  const conditions: SQL[] = [eq(comment.subjectType, parsed.subject_type), eq(comment.subjectKey, parsed.subject_key)];
  if (parsed.cursor) conditions.push(gt(comment.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(comment).where(and(...conditions)).orderBy(asc(comment.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}
