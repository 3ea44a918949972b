import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, serial, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { artifactStatus } from './enums.ts';

type Json = Record<string, unknown>;

/**
 * A versioned page (report, assessment, narrative, evidence bundle). The page is the stable
 * identity; each version is immutable content plus metadata (a trigger refuses content edits).
 */
export const artifactPage = pgTable(
  'artifact_page',
  {
    id: serial('id').primaryKey(),
    /** Human/semantic key, e.g. `campaign_26.07` or `assessment/26.07/daily/2026-11-23`. */
    slug: varchar('slug', { length: 300 }).notNull().unique(),
    section: varchar('section', { length: 60 }).notNull(),
    title: varchar('title', { length: 300 }).notNull(),
    subjectType: varchar('subject_type', { length: 40 }),
    subjectKey: varchar('subject_key', { length: 300 }),
    uiVisible: integer('ui_visible').notNull().default(1),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('artifact_page_subject_idx').on(t.subjectType, t.subjectKey),
    index('artifact_page_section_idx').on(t.section, t.createdAt),
    check('artifact_page_section', sql`${t.section} in ('epicprod.assessment', 'epicprod.assessment.bundle', 'epicprod.narrative', 'epicprod.report')`),
  ],
);

export const artifactVersion = pgTable(
  'artifact_version',
  {
    id: serial('id').primaryKey(),
    pageId: integer('page_id').notNull().references(() => artifactPage.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    status: artifactStatus('status').notNull().default('published'),
    content: text('content').notNull(),
    data: jsonb('data').$type<Json>().notNull().default({}),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    /** Verdict of a report/assessment version, when it has one. */
    verdict: varchar('verdict', { length: 20 }),
    quality: varchar('quality', { length: 10 }).notNull().default(''),
    createdBy: varchar('created_by', { length: 100 }).notNull(),
    model: varchar('model', { length: 100 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('artifact_version_page_version_uq').on(t.pageId, t.version),
    check('artifact_version_positive', sql`${t.version} >= 1`),
    check('artifact_version_verdict', sql`${t.verdict} is null or ${t.verdict} in ('ok', 'attention', 'alarm')`),
    check('artifact_version_quality', sql`${t.quality} in ('', 'wrong', 'poor', 'ok', 'good')`),
  ],
);
