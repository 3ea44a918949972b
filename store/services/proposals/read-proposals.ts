import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { NotFoundError } from '../errors.ts';
import { countsOf, eqIf, keysetQuery, queryRows } from '../catalog/keyset-query.ts';
import { parseProposalRef } from './proposal-ref.ts';

const SELECT = sql`p.prefix || '-' || p.id as ref, p.id, p.action, p.subject_type, p.subject_key, p.status, p.risk_class, p.approval_policy, p.executor,
  p.comment, p.proposer, p.created_at, p.expires_at, p.decided_by, p.decided_at`;

export async function listProposals(db: Executor, filter: { status?: string | undefined; action?: string | undefined; subjectKey?: string | undefined }, page: { limit: number; cursor?: string | undefined }) {
  return keysetQuery<Record<string, unknown>>(db, {
    select: SELECT,
    from: sql`ai_proposal p`,
    where: [eqIf(sql`p.status::text`, filter.status), eqIf(sql`p.action`, filter.action), eqIf(sql`p.subject_key`, filter.subjectKey)],
    order: [{ expr: sql`p.id`, cast: 'int' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
  });
}

export async function proposalStatusCounts(db: Executor) {
  return countsOf(await queryRows(db, sql`select status::text as key, count(*)::int as n from ai_proposal group by 1`));
}

export async function getProposal(db: Executor, ref: string) {
  const { prefix, id } = parseProposalRef(ref);
  const [row] = await queryRows<Record<string, unknown>>(db, sql`select ${SELECT}, p.payload, p.precondition, p.impact_preview, p.counterpart_key, p.quality, p.outcome
    from ai_proposal p where p.id = ${id} and p.prefix = ${prefix}`);
  if (!row) throw new NotFoundError('proposal', ref, 'use list-proposals to see refs');
  const approvals = await queryRows<Record<string, unknown>>(db, sql`select decision, principal, role, surface, created_at from ai_approval where proposal_id = ${id} order by created_at`);
  return { proposal: row, approvals };
}
