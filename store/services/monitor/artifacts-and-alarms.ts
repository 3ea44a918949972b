import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { countsOf, eqIf, keysetQuery, queryRows } from '../catalog/keyset-query.ts';

type PageArgs = { limit: number; cursor?: string | undefined };

/** Report/assessment pages with their current version's verdict (hidden evidence bundles excluded). */
export async function listReports(db: Executor, filter: { section?: string | undefined; subjectType?: string | undefined; subjectKey?: string | undefined }, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`p.slug, p.section, p.title, p.subject_type, p.subject_key, v.version as current_version, v.verdict, v.status, v.created_at as version_created_at`,
    from: sql`artifact_page p left join lateral (select version, verdict, status, created_at from artifact_version where page_id = p.id order by version desc limit 1) v on true`,
    where: [sql`p.section <> 'epicprod.assessment.bundle'`, eqIf(sql`p.section`, filter.section), eqIf(sql`p.subject_type`, filter.subjectType), eqIf(sql`p.subject_key`, filter.subjectKey)],
    order: [{ expr: sql`p.created_at`, cast: 'timestamptz' }, { expr: sql`p.slug`, cast: 'text' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

/** One page: a chosen version's content (paged by characters) and the list of versions. */
export async function getArtifact(db: Executor, slug: string, version: number | undefined) {
  const [page] = await queryRows<Record<string, unknown>>(db, sql`select id, slug, section, title, subject_type, subject_key, created_by, created_at from artifact_page where slug = ${slug}`);
  if (!page) throw new NotFoundError('artifact', slug, 'use list-reports to find artifact slugs');
  const versions = await queryRows<Record<string, unknown>>(db, sql`select version, status, verdict, quality, created_by, model, created_at, length(content)::int as content_chars
    from artifact_version where page_id = ${page.id as number} order by version desc limit 50`);
  const chosen = version ?? (versions[0]?.version as number | undefined);
  const [content] = chosen
    ? await queryRows<{ content: string; data: Record<string, unknown> }>(db, sql`select content, data from artifact_version where page_id = ${page.id as number} and version = ${chosen}`)
    : [];
  if (version && !content) throw new NotFoundError('artifact version', `${slug} v${version}`, `versions are ${versions.map((v) => v.version).join(', ')}`);
  const { id: _id, ...rest } = page;
  return { page: rest, version: chosen ?? null, content: content?.content ?? '', data: content?.data ?? {}, versions };
}

export async function listAlarmEvents(db: Executor, filter: { state: 'active' | 'cleared' | 'all'; alarm?: string | undefined; since: Date }, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`e.id, d.entry_id as alarm, d.title, d.severity, e.dedupe_key, e.subject, e.fire_time, e.clear_time, e.last_seen, (e.clear_time is null) as active`,
    from: sql`alarm_event e join alarm_definition d on d.id = e.alarm_id`,
    where: [
      filter.state === 'active' ? sql`e.clear_time is null` : filter.state === 'cleared' ? sql`e.clear_time is not null and e.clear_time >= ${filter.since.toISOString()}::timestamptz` : sql`(e.clear_time is null or e.clear_time >= ${filter.since.toISOString()}::timestamptz)`,
      eqIf(sql`d.entry_id`, filter.alarm),
    ],
    order: [{ expr: sql`e.fire_time`, cast: 'timestamptz' }, { expr: sql`e.id`, cast: 'int' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function alarmCounts(db: Executor) {
  const [active, definitions] = await Promise.all([
    queryRows<{ key: string; n: number }>(db, sql`select d.severity::text as key, count(*)::int as n from alarm_event e join alarm_definition d on d.id = e.alarm_id where e.clear_time is null group by 1`),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from alarm_definition where not archived`),
  ]);
  return { active_by_severity: countsOf(active), definitions: definitions[0]?.n ?? 0 };
}
