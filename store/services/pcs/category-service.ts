import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { physicsCategory } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { parseInput, translateConstraintErrors, type Actor } from './service-support.ts';

export type CategoryRow = typeof physicsCategory.$inferSelect;

export const createCategoryInput = z.strictObject({
  digit: z.number().int().min(1).max(9),
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2000).default(''),
});

export const updateCategoryInput = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().max(2000).optional(),
});

export async function listCategories(db: Executor): Promise<CategoryRow[]> {
  return db.select().from(physicsCategory).orderBy(asc(physicsCategory.digit));
}

export async function createCategory(db: Database, actor: Actor, input: unknown): Promise<CategoryRow> {
  const parsed = parseInput(createCategoryInput, input);
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const [existing] = await tx.select().from(physicsCategory).where(eq(physicsCategory.digit, parsed.digit));
      if (existing) throw new ConflictError('CATEGORY_EXISTS', `category digit ${parsed.digit} is already "${existing.name}"`, { digit: parsed.digit });
      const [row] = await tx.insert(physicsCategory).values({ ...parsed, createdBy: actor.username }).returning();
      await recordAction(tx, { action: 'category_create', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'physics_category', subjectKey: String(parsed.digit) });
      return row!;
    }),
  );
}

/** Categories are mutable and unlocked (DOMAIN §2.3); the digit is the identity and never changes. */
export async function updateCategory(db: Database, actor: Actor, digit: number, input: unknown): Promise<CategoryRow> {
  const parsed = parseInput(updateCategoryInput, input);
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx.update(physicsCategory).set(parsed).where(eq(physicsCategory.digit, digit)).returning();
      if (!row) throw new NotFoundError('physics category', digit);
      await recordAction(tx, { action: 'category_edit', outcome: 'ok', sublevel: 'low', instance: 'web', username: actor.username, subjectType: 'physics_category', subjectKey: String(digit), extra: { changed: Object.keys(parsed) } });
      return row;
    }),
  );
}
