import { createHash } from 'node:crypto';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { QUESTIONNAIRE_STATUSES } from '../../schema/enums.ts';
import { questionnaire } from '../../schema/pcs.ts';
import { recordAction } from '../action-stream.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { canonicalJson, parseInput, translateConstraintErrors, type Actor } from './service-support.ts';

export type QuestionnaireRow = typeof questionnaire.$inferSelect;

export const questionnaireIntakeInput = z.strictObject({
  submitted_at: z.iso.datetime({ offset: true }).describe('form submission time; the natural idempotency key'),
  description: z.string().max(10000).default(''),
  repository: z.string().max(300).default(''),
  contact: z.string().max(200).default(''),
  nevents: z.string().max(50).default(''),
  benchmark: z.string().max(10000).default(''),
  estimate: z.string().max(10000).default(''),
  source_url: z.string().max(500).default(''),
  source_row: z.number().int().min(0).max(10_000_000).optional(),
  data: z.record(z.string(), z.unknown()).default({}),
});

export interface QuestionnaireIntakeResult {
  questionnaire: QuestionnaireRow;
  outcome: 'created' | 'updated' | 'unchanged';
}

/** Mirrors one form response: keyed on submitted_at; a changed content hash means an in-form edit, synced in place. */
export async function intakeQuestionnaire(db: Database, actor: Actor, input: unknown): Promise<QuestionnaireIntakeResult> {
  const parsed = parseInput(questionnaireIntakeInput, input);
  const { submitted_at: submittedAt, source_row: sourceRow, source_url: sourceUrl, ...content } = parsed;
  const contentHash = createHash('sha256').update(canonicalJson(content)).digest('hex');
  const values = { ...content, sourceUrl, sourceRow: sourceRow ?? null, contentHash };
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const at = new Date(submittedAt);
      const [existing] = await tx.select().from(questionnaire).where(eq(questionnaire.submittedAt, at)).limit(1);
      if (existing && existing.contentHash === contentHash) return { questionnaire: existing, outcome: 'unchanged' as const };
      const [row] = existing
        ? await tx.update(questionnaire).set({ ...values, updatedAt: new Date() }).where(eq(questionnaire.id, existing.id)).returning()
        : await tx.insert(questionnaire).values({ ...values, submittedAt: at, createdBy: actor.username }).returning();
      const outcome = existing ? ('updated' as const) : ('created' as const);
      await recordAction(tx, { action: 'questionnaire_import', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'questionnaire', subjectKey: String(row!.id), extra: { outcome } });
      return { questionnaire: row!, outcome };
    }),
  );
}

export const listQuestionnairesInput = z.strictObject({
  status: z.enum(QUESTIONNAIRE_STATUSES).optional(),
  cursor: z.string().max(500).optional(),
  limit: limitSchema,
});

/** Newest first; contact redaction for anonymous readers is the adapter's job (it knows the principal). */
export async function listQuestionnaires(db: Executor, input: unknown): Promise<Page<QuestionnaireRow>> {
  const parsed = parseInput(listQuestionnairesInput, input);
  const conditions: SQL[] = [];
  if (parsed.status) conditions.push(eq(questionnaire.status, parsed.status));
  if (parsed.cursor) conditions.push(lt(questionnaire.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(questionnaire).where(and(...conditions)).orderBy(desc(questionnaire.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}

/** Initials-or-local-part form of a contact for anonymous readers (DOMAIN §2.9). */
export function redactContact(contact: string): string {
  if (contact.includes('@')) return contact.split('@')[0]!;
  return contact.split(/\s+/).filter(Boolean).map((part) => `${part[0]!.toUpperCase()}.`).join(' ');
}
