import { and, asc, desc, eq, gt, max, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { artifactPage, artifactVersion } from '../../schema/artifacts.ts';
import { recordAction } from '../action-stream.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { decodeCursor, limitSchema, toPage, type Page } from '../pagination.ts';
import { parseInput, translateConstraintErrors, type Actor } from '../pcs/service-support.ts';

export type PageRow = typeof artifactPage.$inferSelect;
export type VersionRow = typeof artifactVersion.$inferSelect;

const SECTIONS = ['epicprod.assessment', 'epicprod.assessment.bundle', 'epicprod.narrative', 'epicprod.report'] as const;

export const createPageInput = z.strictObject({
  slug: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,299}$/, 'letters, digits, . _ / -; e.g. campaign_26.07'),
  title: z.string().trim().min(1).max(300),
  section: z.enum(SECTIONS).default('epicprod.narrative'),
  subject_type: z.string().max(40).optional(),
  subject_key: z.string().max(300).optional(),
});

export const addVersionInput = z.strictObject({
  content: z.string().min(1).max(500_000).describe('complete markdown, never a delta'),
  data: z.record(z.string(), z.unknown()).default({}),
  tags: z.array(z.string().max(60)).max(30).default([]),
  model: z.string().max(100).optional(),
});

export async function getPage(db: Executor, slug: string): Promise<PageRow> {
  const [row] = await db.select().from(artifactPage).where(eq(artifactPage.slug, slug)).limit(1);
  if (!row) throw new NotFoundError('page', slug);
  return row;
}

export async function createPage(db: Database, actor: Actor, input: unknown): Promise<PageRow> {
  const parsed = parseInput(createPageInput, input);
  return translateConstraintErrors(async () => {
    const [clash] = await db.select({ id: artifactPage.id }).from(artifactPage).where(eq(artifactPage.slug, parsed.slug)).limit(1);
    if (clash) throw new ConflictError('PAGE_EXISTS', `page ${parsed.slug} already exists; add a version to it`, { slug: parsed.slug });
    const [row] = await db
      .insert(artifactPage)
      .values({ slug: parsed.slug, title: parsed.title, section: parsed.section, subjectType: parsed.subject_type ?? null, subjectKey: parsed.subject_key ?? null, createdBy: actor.username })
      .returning();
    return row!;
  });
}

/** Every save is a new immutable version; the previous published one becomes superseded. */
export async function addPageVersion(db: Database, actor: Actor, slug: string, input: unknown): Promise<VersionRow> {
  const parsed = parseInput(addVersionInput, input);
  return translateConstraintErrors(() =>
    db.transaction(async (tx) => {
      const page = await getPage(tx, slug);
      const [agg] = await tx.select({ last: max(artifactVersion.version) }).from(artifactVersion).where(eq(artifactVersion.pageId, page.id));
      const version = (agg?.last ?? 0) + 1;
      await tx.update(artifactVersion).set({ status: 'superseded' }).where(and(eq(artifactVersion.pageId, page.id), eq(artifactVersion.status, 'published')));
      const [row] = await tx
        .insert(artifactVersion)
        .values({ pageId: page.id, version, content: parsed.content, data: parsed.data, tags: parsed.tags, model: parsed.model ?? null, createdBy: actor.username })
        .returning();
      await recordAction(tx, { action: 'narrative_edited', outcome: 'ok', sublevel: 'normal', instance: 'web', username: actor.username, subjectType: 'page', subjectKey: slug, extra: { version } });
      return row!;
    }),
  );
}

export async function listPageVersions(db: Executor, slug: string): Promise<{ page: PageRow; versions: VersionRow[] }> {
  const page = await getPage(db, slug);
  const versions = await db.select().from(artifactVersion).where(eq(artifactVersion.pageId, page.id)).orderBy(desc(artifactVersion.version));
  return { page, versions };
}

export const listPagesInput = z.strictObject({ section: z.enum(SECTIONS).optional(), cursor: z.string().max(500).optional(), limit: limitSchema });

export async function listPages(db: Executor, input: unknown): Promise<Page<PageRow>> {
  const parsed = parseInput(listPagesInput, input);
  const conditions: SQL[] = [];
  if (parsed.section) conditions.push(eq(artifactPage.section, parsed.section));
  if (parsed.cursor) conditions.push(gt(artifactPage.id, Number(decodeCursor(parsed.cursor, 1)[0])));
  const rows = await db.select().from(artifactPage).where(and(...conditions)).orderBy(asc(artifactPage.id)).limit(parsed.limit + 1);
  return toPage(rows, parsed.limit, (row) => [row.id]);
}
