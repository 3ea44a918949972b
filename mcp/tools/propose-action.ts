import { z } from 'zod';
import { PROPOSAL_ACTIONS } from '../../store/services/proposals/action-catalog.ts';
import { proposeAction } from '../../store/services/proposals/propose.ts';
import { resultSchema, rowSchema } from '../shape/envelope.ts';
import { defineTool } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'propose-action',
  title: 'Propose an operational action',
  description:
    'Records a PROPOSAL that a human operator must approve; nothing is executed here. Actions: retry_failures, add_retry, pause, resume, abort (subject = JEDI task id); ' +
    'set_task_status (subject = campaign task name, params.status), submit_task (subject = ready campaign task name); propagation (subject = dataset composed name, ' +
    'params.state continue|hold|final, params.replaced_by?); promote_campaign (subject = campaign). Checks preconditions, previews impact, classifies risk. ' +
    'Calling again with the same change returns the existing open proposal; a change denied before is refused. Only propose when the user asks for the change.',
  domain: 'proposals',
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  needsProposals: true,
  input: z.strictObject({
    action: z.enum(PROPOSAL_ACTIONS).describe('Action to propose'),
    subject: z.string().min(1).describe('JEDI task id, campaign task name, dataset composed name or campaign, depending on the action'),
    params: z.record(z.string(), z.string()).default({}).describe('Action parameters: status (set_task_status), state and replaced_by (propagation)'),
    reason: z.string().min(3).max(500).describe('One-line judgment why (the facts are written by code)'),
  }),
  output: resultSchema({
    ref: z.string().describe('Proposal ref to show the operator, e.g. ap-7'),
    created: z.boolean().describe('False when an identical open proposal already existed'),
    status: z.string().describe('Proposal status'),
    risk_class: z.string().describe('low, medium, high'),
    approval_policy: z.string().describe('auto, one_operator, two_operators'),
    comment: z.string().describe('Facts plus the reason'),
    impact_preview: rowSchema('What would change'),
    expires_at: z.string().describe('When the proposal expires unless decided'),
  }),
  async run(context, args) {
    const { proposal, created } = await proposeAction(context.store.db, { action: args.action, subject: args.subject, params: args.params }, {
      proposer: context.principal,
      reason: args.reason,
      now: context.now(),
    });
    const ref = `${proposal.prefix}-${proposal.id}`;
    return {
      headline: `${created ? 'Proposed' : 'Already proposed'} ${ref}: ${args.action} on ${proposal.subjectKey} (risk ${proposal.riskClass}, ${proposal.approvalPolicy}); awaiting operator approval`,
      path: `/proposals/${ref}`,
      asOf: proposal.createdAt,
      data: {
        ref, created, status: proposal.status, risk_class: proposal.riskClass, approval_policy: proposal.approvalPolicy,
        comment: proposal.comment, impact_preview: proposal.impactPreview, expires_at: proposal.expiresAt,
      },
    };
  },
});
