import { z } from 'zod';
import { getProposal } from '../../store/services/proposals/read-proposals.ts';
import { resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-proposal',
  title: 'Get one proposal',
  description: 'One proposal by ref (ap-7, cp-12): action, subject, frozen payload, precondition, impact preview, status, decisions.',
  domain: 'proposals',
  annotations: READ_ONLY,
  input: z.strictObject({ ref: z.string().min(4).describe('Proposal ref, e.g. ap-7') }),
  output: resultSchema({ proposal: rowSchema('Proposal fields'), approvals: rowsSchema('Decisions: decision, principal, role, surface, created_at') }),
  async run(context, args) {
    const detail = await getProposal(context.store.db, args.ref);
    return { headline: `${detail.proposal.ref}: ${detail.proposal.action} on ${detail.proposal.subject_key} — ${detail.proposal.status}`, path: `/proposals/${detail.proposal.ref}`, data: detail };
  },
});
