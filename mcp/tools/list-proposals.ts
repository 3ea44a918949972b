import { z } from 'zod';
import { PROPOSAL_STATUSES } from '../../store/schema/enums.ts';
import { listProposals, proposalStatusCounts } from '../../store/services/proposals/read-proposals.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const proposalItem = z.strictObject({
  ref: z.string().describe('Ref shown to humans'),
  id: z.number().describe('Row id'),
  action: z.string().describe('Action'),
  subject_type: z.string().describe('Subject type'),
  subject_key: z.string().describe('Subject'),
  status: z.string().describe('proposed, approved_pending_execution, executed, denied, withdrawn, stale, expired, failed'),
  risk_class: z.string().describe('Risk'),
  approval_policy: z.string().describe('Approvals needed'),
  executor: z.string().describe('service or agent_message'),
  comment: z.string().describe('Facts and reason'),
  proposer: z.string().describe('Who proposed'),
  created_at: z.string().describe('Created'),
  expires_at: z.string().describe('Expires'),
  decided_by: z.string().nullable().describe('Decider'),
  decided_at: z.string().nullable().describe('Decided'),
});

export default defineTool({
  name: 'list-proposals',
  title: 'List proposals',
  description: 'Proposals newest first (default status proposed = awaiting a decision) with counts by status. Show refs verbatim; decisions happen on the approval surfaces, not here.',
  domain: 'proposals',
  annotations: READ_ONLY,
  input: z.strictObject({
    status: z.enum(PROPOSAL_STATUSES).optional().describe('Status (omit for all)'),
    action: z.string().optional().describe('Action'),
    subject_key: z.string().optional().describe('Subject'),
    ...listInputs(proposalItem, 20),
  }),
  output: listResultSchema(proposalItem, { by_status: countsSchema.describe('All proposals by status') }),
  async run(context, args) {
    const [page, byStatus] = await Promise.all([listProposals(context.store.db, { status: args.status, action: args.action, subjectKey: args.subject_key }, args), proposalStatusCounts(context.store.db)]);
    return listBody({ page, args, concise: ['ref', 'action', 'subject_key', 'status', 'risk_class'], headline: 'Proposals', path: pathWithQuery('/proposals', { status: args.status }), summary: { by_status: byStatus } });
  },
});
