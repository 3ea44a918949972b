import { and, asc, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { TAG_STATUSES, TAG_TYPES, type TagType } from '../../schema/enums.ts';
import { physicsCategory, tag } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { ForbiddenError, GateError, InvalidInputError, NotFoundError } from '../errors.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { changedKeys, versionConflict } from './optimistic-concurrency.ts';
import { isAdmin, parseInput, rowVersionField, translateConstraintErrors, type Actor } from './service-support.ts';
import { allocateTagNumber, missingRequiredParameters } from './tag-numbering.ts';

export type TagRow = typeof tag.$inferSelect;

const parameterName = z.string().regex(/^[a-z][a-z0-9_]{0,49}$/, 'parameter names are lower_snake_case');
/** All parameter values are open strings (DOMAIN §2.2.2): suggested values are hints, not a whitelist. */
const parametersSchema = z.record(parameterName, z.string().max(500)).refine((p) => Object.keys(p).length <= 60, 'at most 60 parameters');

export const createTagInput = z.strictObject({
  type: z.enum(TAG_TYPES).describe('p physics, e evgen, s simulation, r reconstruction, k background'),
  category: z.number().int().min(1).max(9).optional().describe('physics category digit; required for physics tags only'),
  description: z.string().max(2000).default(''),
  parameters: parametersSchema.default({}),
});

export const editTagInput = z.strictObject({
  description: z.string().max(2000).optional(),
  parameters: parametersSchema.optional(),
  row_version: rowVersionField,
});

export const lockTagInput = z.strictObject({ row_version: rowVersionField.optional() });

export const listTagsInput = z.strictObject({
  type: z.enum(TAG_TYPES).optional(),
  status: z.enum(TAG_STATUSES).optional(),
  category: z.coerce.number().int().min(1).max(9).optional(),
  q: z.string().max(100).optional().describe('substring of label, description or any parameter value'),
  cursor: z.string().max(500).optional(),
  limit: limitSchema,
});

export const tagLabelSchema = z.string().regex(/^[pesrk][1-9][0-9]{0,8}$/, 'a tag label is a kind letter and a number, e.g. p3001 or e1');

export async function getTag(db: Executor, label: string): Promise<TagRow> {
  const parsed = parseInput(tagLabelSchema, label);
  const [row] = await db.select().from(tag).where(eq(tag.tagLabel, parsed)).limit(1);
  if (!row) throw new NotFoundError('tag', parsed);
  return row;
}

export async function createTag(db: Database, actor: Actor, input: unknown): Promise<TagRow> {
  const parsed = parseInput(createTagInput, input);
  if (parsed.type === 'p' && parsed.category === undefined) {
    throw new InvalidInputError('CATEGORY_REQUIRED', 'physics tags need a category digit (1–9)', { field: 'category' });
  }
  if (parsed.type !== 'p' && parsed.category !== undefined) {
    throw new InvalidInputError('CATEGORY_NOT_ALLOWED', `only physics tags have a category; ${parsed.type} tags do not`, { field: 'category' });
  }
  return insertTag(db, actor, parsed.type, parsed.category ?? null, parsed.description, parsed.parameters, 'tag_create');
}

/** "Copy and edit" is the normal workflow: anyone may copy any tag; the copy is a draft with the next number. */
export async function copyTag(db: Database, actor: Actor, label: string): Promise<TagRow> {
  const source = await getTag(db, label);
  return insertTag(db, actor, source.tagType, source.categoryDigit, source.description, source.parameters, 'tag_create', source.tagLabel);
}

async function insertTag(
  db: Database, actor: Actor, type: TagType, category: number | null, description: string, parameters: Record<string, string>, action: string, copiedFrom?: string,
): Promise<TagRow> {
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      if (category !== null) {
        const [known] = await tx.select({ digit: physicsCategory.digit }).from(physicsCategory).where(eq(physicsCategory.digit, category));
        if (!known) throw new NotFoundError('physics category', category, 'list them at /api/v1/physics-categories');
      }
      const number = await allocateTagNumber(tx, type, category);
      const [row] = await tx
        .insert(tag)
        .values({ tagType: type, tagNumber: number, tagLabel: `${type}${number}`, categoryDigit: category, description, parameters, createdBy: actor.username })
        .returning();
      if (!row) throw new Error('tag insert returned no row');
      await recordAction(tx, {
        action, outcome: 'ok', sublevel: 'low', instance: 'web', username: actor.username, subjectType: 'tag', subjectKey: row.tagLabel,
        extra: { row_version: row.rowVersion, ...(copiedFrom ? { copied_from: copiedFrom } : {}) },
      });
      return row;
    }),
  );
}

function assertEditableDraft(row: TagRow, actor: Actor, verb: string): void {
  if (row.status === 'locked') {
    throw new GateError('TAG_LOCKED', `tag ${row.tagLabel} is locked and cannot be ${verb}; copy it to make a new draft`, { gate: 'tag_draft_only', tag: row.tagLabel });
  }
  if (row.createdBy !== actor.username && !isAdmin(actor)) {
    throw new ForbiddenError('NOT_TAG_OWNER', `only ${row.createdBy}, who created draft ${row.tagLabel}, may ${verb.replace(/ed$/, '')} it`, { owner: row.createdBy, tag: row.tagLabel });
  }
}

export async function editTag(db: Database, actor: Actor, label: string, input: unknown): Promise<TagRow> {
  const parsed = parseInput(editTagInput, input);
  return db.transaction(async (tx) => {
    const row = await getTag(tx, label);
    assertEditableDraft(row, actor, 'edited');
    const next = { description: parsed.description ?? row.description, parameters: parsed.parameters ?? row.parameters };
    const [updated] = await tx
      .update(tag)
      .set({ ...next, updatedAt: new Date(), rowVersion: sql`${tag.rowVersion} + 1` })
      .where(and(eq(tag.id, row.id), eq(tag.rowVersion, parsed.row_version)))
      .returning();
    if (!updated) {
      throw await versionConflict(tx, { entity: 'tag', subjectType: 'tag', subjectKey: row.tagLabel, expected: parsed.row_version, current: row.rowVersion, updatedAt: row.updatedAt });
    }
    const changed = changedKeys({ description: row.description, parameters: row.parameters }, next);
    await recordAction(tx, {
      action: 'tag_edit', outcome: 'ok', sublevel: 'low', instance: 'web', username: actor.username, subjectType: 'tag', subjectKey: row.tagLabel,
      extra: { row_version: updated.rowVersion, changed },
    });
    return updated;
  });
}

export async function lockTag(db: Database, actor: Actor, label: string, input: unknown = {}): Promise<TagRow> {
  const parsed = parseInput(lockTagInput, input ?? {});
  return db.transaction(async (tx) => {
    const row = await getTag(tx, label);
    assertEditableDraft(row, actor, 'locked');
    const missing = missingRequiredParameters(row.tagType, row.parameters);
    if (missing.length > 0) {
      throw new GateError('TAG_REQUIRED_PARAMETERS_MISSING', `tag ${row.tagLabel} cannot be locked: required parameter(s) ${missing.join(', ')} are empty`, {
        gate: 'tag_required_parameters', missing,
      });
    }
    if (parsed.row_version !== undefined && parsed.row_version !== row.rowVersion) {
      throw await versionConflict(tx, { entity: 'tag', subjectType: 'tag', subjectKey: row.tagLabel, expected: parsed.row_version, current: row.rowVersion });
    }
    const now = new Date();
    const [updated] = await tx
      .update(tag)
      .set({ status: 'locked', lockedAt: now, updatedAt: now, rowVersion: sql`${tag.rowVersion} + 1` })
      .where(and(eq(tag.id, row.id), eq(tag.rowVersion, row.rowVersion)))
      .returning();
    if (!updated) throw await versionConflict(tx, { entity: 'tag', subjectType: 'tag', subjectKey: row.tagLabel, expected: row.rowVersion, current: row.rowVersion + 1 });
    await recordAction(tx, {
      action: 'tag_lock', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'tag', subjectKey: row.tagLabel,
      extra: { row_version: updated.rowVersion, changed: ['status'] },
    });
    return updated;
  });
}

/** Delete is draft-only and creator-only; a draft already used by a dataset cannot go (FK protect). */
export async function deleteTag(db: Database, actor: Actor, label: string): Promise<{ deleted: string }> {
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const row = await getTag(tx, label);
      assertEditableDraft(row, actor, 'deleted');
      await tx.delete(tag).where(eq(tag.id, row.id));
      await recordAction(tx, { action: 'tag_delete', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'tag', subjectKey: row.tagLabel });
      return { deleted: row.tagLabel };
    }),
  );
}

export async function listTags(db: Executor, input: unknown): Promise<Page<TagRow>> {
  const parsed = parseInput(listTagsInput, input);
  const conditions: SQL[] = [];
  if (parsed.type) conditions.push(eq(tag.tagType, parsed.type));
  if (parsed.status) conditions.push(eq(tag.status, parsed.status));
  if (parsed.category) conditions.push(eq(tag.categoryDigit, parsed.category));
  if (parsed.q) {
    const pattern = `%${parsed.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(tag.tagLabel, pattern), ilike(tag.description, pattern), ilike(sql`${tag.parameters}::text`, pattern))!);
  }
  if (parsed.cursor) {
    const [lastId] = decodeCursor(parsed.cursor, 1);
    conditions.push(gt(tag.id, Number(lastId)));
  }
  const rows = await db.select().from(tag).where(and(...conditions)).orderBy(asc(tag.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}

export interface TagDifference {
  field: string;
  a: string | null;
  b: string | null;
}

/** Field-by-field differences between two tags of the same kind (the compose UI highlights these). */
export async function diffTags(db: Executor, labelA: string, labelB: string): Promise<{ a: TagRow; b: TagRow; differences: TagDifference[] }> {
  const [a, b] = [await getTag(db, labelA), await getTag(db, labelB)];
  if (a.tagType !== b.tagType) {
    throw new InvalidInputError('TAG_KINDS_DIFFER', `cannot diff ${a.tagLabel} and ${b.tagLabel}: tags of different kinds have different parameters`, { a: a.tagLabel, b: b.tagLabel });
  }
  const differences: TagDifference[] = [];
  if (a.description !== b.description) differences.push({ field: 'description', a: a.description, b: b.description });
  if (a.categoryDigit !== b.categoryDigit) differences.push({ field: 'category', a: String(a.categoryDigit), b: String(b.categoryDigit) });
  const keys = [...new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])].sort();
  for (const key of keys) {
    const va = a.parameters[key] ?? null;
    const vb = b.parameters[key] ?? null;
    if (va !== vb) differences.push({ field: `parameters.${key}`, a: va, b: vb });
  }
  return { a, b, differences };
}
