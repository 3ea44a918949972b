import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { eqIf, keysetQuery, queryRows } from '../catalog/keyset-query.ts';

type PageArgs = { limit: number; cursor?: string | undefined };

const TAG_SELECT = sql`t.tag_label, t.tag_type, t.tag_number, t.status, t.description, t.parameters, c.name as category, t.created_by, t.created_at, t.locked_at`;
/** Usage count: an OR over five tag columns scans pcs_dataset, so only single-tag reads pay for it. */
const TAG_USAGE = sql`(select count(*)::int from pcs_dataset d where d.physics_tag_id = t.id or d.evgen_tag_id = t.id or d.simu_tag_id = t.id or d.reco_tag_id = t.id or d.background_tag_id = t.id) as datasets`;
const TAG_FROM = sql`pcs_tag t left join pcs_physics_category c on c.digit = t.category_digit`;

export interface TagFilter {
  tagType?: string | undefined;
  status?: string | undefined;
  category?: string | undefined;
  creator?: string | undefined;
  search?: string | undefined;
}

export async function listTags(db: Executor, filter: TagFilter, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`${TAG_SELECT}, null::int as datasets`,
    from: TAG_FROM,
    where: [
      eqIf(sql`t.tag_type::text`, filter.tagType),
      eqIf(sql`t.status::text`, filter.status),
      eqIf(sql`c.name`, filter.category),
      eqIf(sql`t.created_by`, filter.creator),
      ...searchTerms(filter.search),
    ],
    order: [{ expr: sql`t.tag_type::text`, cast: 'text' }, { expr: sql`t.tag_number`, cast: 'int' }],
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

/**
 * Every word of the search must appear somewhere in the tag (label, description or a parameter
 * value), so "DIS NC 18x275" finds the tag described "DIS NC 18x275 ep minQ2=1" whatever the word order.
 */
function searchTerms(search: string | undefined) {
  const words = (search ?? '').split(/\s+/).filter((w) => w.length > 0).slice(0, 8);
  return words.map((word) => sql`(t.tag_label || ' ' || t.description || ' ' || t.parameters::text) ilike ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
}

export function parseTagLabel(label: string): { type: string; number: number } {
  const match = /^([pesrk])([1-9][0-9]*)$/.exec(label.trim());
  if (!match) throw new InvalidInputError('INVALID_TAG_LABEL', `'${label}' is not a tag label; labels are p|e|s|r|k followed by a number, e.g. p3001, e1, s1, r1, k1`, { label });
  return { type: match[1]!, number: Number(match[2]) };
}

export async function getTag(db: Executor, label: string) {
  parseTagLabel(label);
  const [tag] = await queryRows<Record<string, unknown>>(db, sql`select ${TAG_SELECT}, ${TAG_USAGE} from ${TAG_FROM} where t.tag_label = ${label.trim()}`);
  if (!tag) throw new NotFoundError('tag', label, 'use search-tags or list-tags with tag_type to find labels');
  return tag;
}

/** Parameter-level difference of two tags of the same type (e.g. what changed between two reco tags). */
export async function diffTags(db: Executor, left: string, right: string) {
  const [a, b] = await Promise.all([getTag(db, left), getTag(db, right)]);
  if (a.tag_type !== b.tag_type) throw new InvalidInputError('TAG_TYPE_MISMATCH', `${left} is a ${a.tag_type} tag and ${right} a ${b.tag_type} tag; compare tags of the same type`);
  const pa = (a.parameters ?? {}) as Record<string, unknown>;
  const pb = (b.parameters ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(pa), ...Object.keys(pb)])].sort();
  const changes = keys
    .filter((k) => JSON.stringify(pa[k]) !== JSON.stringify(pb[k]))
    .map((k) => ({ parameter: k, left: pa[k] === undefined ? null : String(pa[k]), right: pb[k] === undefined ? null : String(pb[k]) }));
  return { left: a, right: b, changes, same: keys.length - changes.length };
}

