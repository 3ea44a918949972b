import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { approval, proposal } from '../schema/proposals.ts';
import { addHours, daysBefore, isoDay, type SeedContext } from './context.ts';
import type { CampaignPlan } from './generate-campaigns.ts';
import type { DatasetPlan } from './generate-datasets.ts';
import type { StreamRecord } from './generate-action-stream.ts';
import type { PandaTaskPlan } from './plan-tasks.ts';

export interface ProposalPlan {
  row: typeof proposal.$inferInsert;
  decision?: { decision: 'approve' | 'deny'; at: Date; reason: string };
  executedRef?: string;
}

export function inputHash(payload: Record<string, unknown>, comment: string): string {
  return createHash('sha1').update(JSON.stringify(payload) + comment).digest('hex');
}

/** Two pending (cp- dispositions, ap- retry of the exhausted task), one denied, one executed (DOMAIN §5.2). */
export function planProposals(ctx: SeedContext, input: { campaigns: CampaignPlan[]; reco: DatasetPlan[]; pandaPlans: PandaTaskPlan[] }): { proposals: ProposalPlan[]; stream: StreamRecord[] } {
  const current = input.campaigns.find((c) => c.lifecycle === 'current')!;
  const next = input.campaigns.find((c) => c.lifecycle === 'future')!;
  const candidates = input.reco.filter((d) => d.campaign === current && d.propagation === 'continue');
  const batch = `${next.patches[0]}-dispositions-${isoDay(ctx.anchor).replaceAll('-', '')}`;
  const exhausted = input.pandaPlans.find((p) => p.roles.has('exhausted'))!;
  const stream: StreamRecord[] = [];
  const out: ProposalPlan[] = [];
  const make = (i: number, prefix: 'cp' | 'ap', action: string, subjectType: string, subjectKey: string, payload: Record<string, unknown>, comment: string, at: Date, extra: Partial<typeof proposal.$inferInsert>): typeof proposal.$inferInsert => ({
    prefix, action, subjectType, subjectKey, counterpartKey: '', payload, comment, confidence: 0.8 - i * 0.05,
    proposer: prefix === 'cp' ? 'rule:disposition_scan' : 'model:claude-sonnet', scanVersion: 'v3', batchId: prefix === 'cp' ? batch : '',
    executor: prefix === 'cp' ? 'service' : 'agent_message', precondition: prefix === 'cp' ? { prev_state: 'continue', prev_replaced_by: '' } : { status: 'exhausted' },
    inputHash: inputHash(payload, comment), impactPreview: prefix === 'cp' ? { datasets: 1, next_campaign: next.name } : { jedi_task_id: exhausted.jediTaskId, files_to_retry: 'final-failed inputs' },
    riskClass: prefix === 'cp' ? 'low' : 'medium', approvalPolicy: 'one_operator', status: 'proposed', quality: '', origin: { surface: 'scheduler' },
    expiresAt: addHours(at, 24 * 7), createdBy: prefix === 'cp' ? 'automatch_review' : 'bot', createdAt: at, updatedAt: at, ...extra,
  });
  const holdTarget = candidates[0]!;
  const holdPayload = { state: 'hold', replaced_by: '', comment: 'EvGen sample superseded upstream; hold until the PWG confirms' };
  const t0 = addHours(ctx.anchor, -20);
  out.push({ row: make(0, 'cp', 'propagation', 'dataset', holdTarget.composed, holdPayload, `Dataset ${holdTarget.composed} has a newer EvGen edition requested; proposing hold for ${next.name}.`, t0, {}) });
  const retryPayload = { operation: 'retry_failures', jedi_task_id: exhausted.jediTaskId, task_name: exhausted.taskName };
  const t1 = addHours(ctx.anchor, -6);
  out.push({ row: make(1, 'ap', 'panda_retry_failures', 'panda_task', String(exhausted.jediTaskId), retryPayload, `Task ${exhausted.jediTaskId} is exhausted at ${exhausted.queue.queue}; the failures are the site checksum error seen at several sites, a retry is likely to succeed.`, t1, {}) });
  const denyTarget = candidates[1]!;
  const t2 = daysBefore(ctx.anchor, 3);
  const denyPayload = { state: 'final', replaced_by: '', comment: 'No requests bound to this configuration' };
  out.push({ row: make(2, 'cp', 'propagation', 'dataset', denyTarget.composed, denyPayload, `Dataset ${denyTarget.composed} has no bound request; proposing final.`, t2, { status: 'denied', decidedBy: 'bob', decidedAt: addHours(t2, 3), quality: 'wrong' }), decision: { decision: 'deny', at: addHours(t2, 3), reason: 'Inclusive PWG still needs this sample for the TDR' } });
  const execTarget = candidates[2]!;
  const t3 = daysBefore(ctx.anchor, 2);
  const execPayload = { state: 'hold', replaced_by: '', comment: 'Waiting for the 9x275 beam configuration' };
  out.push({ row: make(3, 'cp', 'propagation', 'dataset', execTarget.composed, execPayload, `Dataset ${execTarget.composed} moves to 9x275 next month; proposing hold.`, t3, { status: 'executed', decidedBy: 'bob', decidedAt: addHours(t3, 1), quality: 'good', outcome: { ok: true } }), decision: { decision: 'approve', at: addHours(t3, 1), reason: '' }, executedRef: 'executed_proposal' });
  for (const [i, p] of out.entries()) {
    stream.push({ at: p.row.createdAt as Date, action: 'proposal_created', outcome: 'ok', sublevel: 'normal', instance: 'mcp', username: p.row.createdBy, subjectType: p.row.subjectType, subjectKey: p.row.subjectKey, extra: { proposal: `${p.row.prefix}-${i + 1}`, batch: p.row.batchId } });
  }
  stream.push({ at: out[2]!.decision!.at, action: 'proposal_denied', outcome: 'ok', sublevel: 'normal', instance: 'web', username: 'bob', subjectType: 'dataset', subjectKey: denyTarget.composed, extra: { proposal: 'cp-3' } });
  stream.push({ at: addHours(out[3]!.decision!.at, 0.01), action: 'dataset_propagation_set', outcome: 'ok', sublevel: 'normal', instance: 'web', username: 'bob', subjectType: 'dataset', subjectKey: execTarget.composed, extra: { state: 'hold', origin: 'ai_proposal', proposer: 'rule:disposition_scan', scan_version: 'v3', batch }, ref: 'executed_proposal' });
  return { proposals: out, stream };
}

export async function insertProposals(ctx: SeedContext, plans: ProposalPlan[], refs: Map<string, number>): Promise<void> {
  for (const p of plans) {
    const [row] = await ctx.db.insert(proposal).values({ ...p.row, executedLogId: p.executedRef ? refs.get(p.executedRef) ?? null : null }).returning({ id: proposal.id });
    if (p.decision) {
      if (p.row.status === 'executed') {
        // The executed disposition really happened: the dataset carries it, with its history entry.
        const entry = { state: 'hold', previous: 'continue', comment: (p.row.payload as { comment: string }).comment, changed_by: 'bob', changed_at: (p.decision.at).toISOString(), replaced_by: '', previous_replaced_by: '', origin: 'ai_proposal' };
        await ctx.db.execute(sql`update pcs_dataset set propagation = 'hold', metadata = jsonb_set(metadata, '{propagation}', jsonb_build_object('history', jsonb_build_array(${JSON.stringify(entry)}::jsonb))) where composed_name = ${p.row.subjectKey}`);
      }
      await ctx.db.insert(approval).values({ proposalId: row!.id, decision: p.decision.decision, principal: 'bob', role: 'operator', surface: 'web', nonce: `web-${row!.id}-bob`, quality: p.decision.decision === 'deny' ? 'wrong' : 'good', reason: p.decision.reason, createdAt: p.decision.at });
    }
  }
}
