import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import { countsOf, eqIf, ilikeIf, keysetQuery, queryRows } from './keyset-query.ts';

type PageArgs = { limit: number; cursor?: string | undefined };

/** `scope:name` → parts; Rucio DIDs always carry their scope. */
export function splitDid(did: string): { scope: string; name: string } {
  const at = did.indexOf(':');
  if (at <= 0 || at === did.length - 1) {
    throw new InvalidInputError('INVALID_DID', `'${did}' is not a Rucio DID; write it as <scope>:<name>, e.g. group.EIC:group.EIC.26.07.0.epic_craterlake.p3001.e1.s1.r1.b1`, { did });
  }
  return { scope: did.slice(0, at), name: did.slice(at + 1) };
}

export async function listRucioDatasets(db: Executor, filter: { scope?: string | undefined; nameContains?: string | undefined; didType?: string | undefined; incompleteOnly?: boolean | undefined }, page: PageArgs) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`d.scope || ':' || d.name as did, d.scope, d.name, d.did_type, d.is_open, d.length, d.available_length,
      case when d.length = 0 then null else round(d.available_length::numeric / d.length, 4)::float8 end as completeness, d.bytes::float8 as bytes, d.events::float8 as events, d.updated_at`,
    from: sql`rucio_dataset d`,
    where: [eqIf(sql`d.scope`, filter.scope), ilikeIf(sql`d.name`, filter.nameContains), eqIf(sql`d.did_type::text`, filter.didType), filter.incompleteOnly ? sql`d.available_length < d.length` : undefined],
    order: [{ expr: sql`d.updated_at`, cast: 'timestamptz' }, { expr: sql`d.scope || ':' || d.name`, cast: 'text' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

/** Completeness, replicas by RSE and state, and rules of one dataset. */
export async function getRucioDataset(db: Executor, did: string) {
  const { scope, name } = splitDid(did);
  const [dataset] = await queryRows<Record<string, unknown>>(db, sql`select scope || ':' || name as did, scope, name, did_type, is_open, length, available_length,
      case when length = 0 then null else round(available_length::numeric / length, 4)::float8 end as completeness, bytes::float8 as bytes, events::float8 as events,
      account, metadata, created_at, updated_at from rucio_dataset where scope = ${scope} and name = ${name}`);
  if (!dataset) throw new NotFoundError('rucio dataset', did, 'use list-rucio-datasets (name_contains=…) — and never conclude absence from one empty query');
  const [replicas, rules] = await Promise.all([
    queryRows<{ rse: string; state: string; files: number; bytes: number }>(
      db,
      sql`select r.rse, r.state::text as state, count(*)::int as files, sum(f.bytes)::float8 as bytes from rucio_file f
      join rucio_replica r on r.scope = f.scope and r.name = f.name where f.dataset_scope = ${scope} and f.dataset_name = ${name} group by 1, 2 order by 1, 2`,
    ),
    queryRows<Record<string, unknown>>(db, sql`select id, rse_expression, copies, state, account, locks_ok, locks_replicating, locks_stuck, expires_at, created_at
      from rucio_rule where scope = ${scope} and name = ${name} order by created_at desc limit 20`),
  ]);
  return { dataset, replicas_by_rse: replicas, rules };
}

export async function listRucioFiles(db: Executor, did: string, page: PageArgs) {
  const { scope, name } = splitDid(did);
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`f.scope || ':' || f.name as did, f.name, f.bytes::float8 as bytes, f.adler32, f.events, f.panda_id::float8 as panda_id, f.created_at,
      (select string_agg(r.rse || '=' || r.state, ',' order by r.rse) from rucio_replica r where r.scope = f.scope and r.name = f.name) as replicas`,
    from: sql`rucio_file f`,
    where: [sql`f.dataset_scope = ${scope}`, sql`f.dataset_name = ${name}`],
    order: [{ expr: sql`f.name`, cast: 'text' }],
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

/** Replicas of one file DID, or of every file of a dataset DID, with xrootd paths readers can open. */
export async function listReplicas(db: Executor, filter: { did: string; rse?: string | undefined; state?: string | undefined }, page: PageArgs) {
  const { scope, name } = splitDid(filter.did);
  const [isDataset] = await queryRows(db, sql`select 1 from rucio_dataset where scope = ${scope} and name = ${name}`);
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`r.scope || ':' || r.name as did, r.rse, r.state, r.created_at,
      case when e.xrootd_prefix = '' then null else e.xrootd_prefix || '/' || r.name end as xrootd_path`,
    from: sql`rucio_replica r join rucio_rse e on e.name = r.rse ${isDataset ? sql`join rucio_file f on f.scope = r.scope and f.name = r.name` : sql``}`,
    where: [
      isDataset ? sql`f.dataset_scope = ${scope} and f.dataset_name = ${name}` : sql`r.scope = ${scope} and r.name = ${name}`,
      eqIf(sql`r.rse`, filter.rse),
      eqIf(sql`r.state::text`, filter.state),
    ],
    order: [{ expr: sql`r.name`, cast: 'text' }, { expr: sql`r.rse`, cast: 'text' }],
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function listRules(db: Executor, filter: { did?: string | undefined; state?: string | undefined; account?: string | undefined; rseExpression?: string | undefined }, page: PageArgs) {
  const did = filter.did ? splitDid(filter.did) : undefined;
  return keysetQuery<Record<string, unknown>>(db, {
    select: sql`u.id::text as id, u.scope || ':' || u.name as did, u.rse_expression, u.copies, u.state, u.account, u.locks_ok, u.locks_replicating, u.locks_stuck, u.expires_at, u.created_at`,
    from: sql`rucio_rule u`,
    where: [eqIf(sql`u.scope`, did?.scope), eqIf(sql`u.name`, did?.name), eqIf(sql`u.state::text`, filter.state), eqIf(sql`u.account`, filter.account), ilikeIf(sql`u.rse_expression`, filter.rseExpression)],
    order: [{ expr: sql`u.created_at`, cast: 'timestamptz' }, { expr: sql`u.id::text`, cast: 'text' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function ruleStateCounts(db: Executor): Promise<Record<string, number>> {
  return countsOf(await queryRows(db, sql`select state::text as key, count(*)::int as n from rucio_rule group by 1`));
}

export async function listRses(db: Executor) {
  return queryRows<Record<string, unknown>>(db, sql`select name, site, rse_type, is_tape, is_active, xrootd_prefix, total_bytes::float8 as total_bytes, used_bytes::float8 as used_bytes,
    case when total_bytes = 0 then null else round(used_bytes::numeric / total_bytes, 4)::float8 end as used_fraction from rucio_rse order by name limit 100`);
}
