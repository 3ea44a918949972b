import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { proposal } from '../../schema/proposals.ts';
import { recordAction } from '../action-stream.ts';
import { ForbiddenError } from '../errors.ts';
import { ACTIONS } from './action-catalog.ts';
import { validateAction, type ActionRequest } from './validate-action.ts';
import { canonicalPayload } from './proposal-ref.ts';

export const PROPOSAL_TTL_HOURS = 72;

export interface ProposeOptions {
  proposer: string;
  /** The model's one-line judgment; code writes the facts around it. */
  reason: string;
  now: Date;
  origin?: Record<string, unknown>;
}

/**
 * Records a proposal: validate against live state, freeze payload + precondition, preview the
 * impact, classify risk. Replays return the open proposal for the same subject + payload;
 * a payload denied before is refused (denial memory). Never executes anything.
 */
export async function proposeAction(db: Database, request: ActionRequest, options: ProposeOptions) {
  try {
    return await proposeOnce(db, request, options);
  } catch (error) {
    // Two identical proposals racing: the open-proposal unique index rejects the second; re-reading returns the winner.
    if (isUniqueViolation(error)) return proposeOnce(db, request, options);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as Error & { code?: string }).code === '23505') return true;
  }
  return false;
}

async function proposeOnce(db: Database, request: ActionRequest, options: ProposeOptions) {
  const spec = ACTIONS[request.action];
  const validated = await validateAction(db, request);
  // The hash covers action + frozen payload only: a reworded reason must not evade denial memory.
  const inputHash = createHash('sha1').update(`${request.action}\n${canonicalPayload(validated.payload)}`).digest('hex');
  return db.transaction(async (tx) => {
    const previous = await tx
      .select()
      .from(proposal)
      .where(and(eq(proposal.subjectKey, validated.subjectKey), eq(proposal.inputHash, inputHash), inArray(proposal.status, ['proposed', 'approved_pending_execution', 'denied'])));
    const denied = previous.find((p) => p.status === 'denied');
    if (denied) {
      throw new ForbiddenError('PROPOSAL_PREVIOUSLY_DENIED', `the same ${request.action} on ${validated.subjectKey} was denied as ${denied.prefix}-${denied.id} by ${denied.decidedBy ?? 'an operator'}; do not propose it again`, { ref: `${denied.prefix}-${denied.id}` });
    }
    const open = previous.find((p) => p.status !== 'denied');
    if (open) return { proposal: open, created: false };
    const [created] = await tx
      .insert(proposal)
      .values({
        prefix: request.action === 'propagation' ? 'cp' : 'ap',
        action: request.action,
        subjectType: spec.subjectType,
        subjectKey: validated.subjectKey,
        counterpartKey: validated.counterpartKey ?? '',
        payload: validated.payload,
        comment: `${validated.facts} Reason: ${options.reason.trim().slice(0, 500)}`,
        proposer: options.proposer,
        executor: spec.executor,
        precondition: validated.precondition,
        inputHash,
        impactPreview: { ...validated.impactPreview, reversibility: spec.reversibility, summary: spec.summary },
        riskClass: spec.risk,
        approvalPolicy: spec.policy,
        origin: options.origin ?? {},
        expiresAt: new Date(options.now.getTime() + PROPOSAL_TTL_HOURS * 3_600_000),
        createdBy: options.proposer,
        createdAt: options.now,
      })
      .returning();
    await recordAction(tx, {
      action: 'proposal_created', outcome: 'ok', sublevel: 'normal', instance: 'mcp', username: options.proposer,
      subjectType: spec.subjectType, subjectKey: validated.subjectKey, extra: { ref: `${created!.prefix}-${created!.id}`, proposal_action: request.action }, at: options.now,
    });
    return { proposal: created!, created: true };
  });
}
