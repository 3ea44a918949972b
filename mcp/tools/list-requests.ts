import { z } from 'zod';
import { REQUEST_STATUSES } from '../../store/schema/enums.ts';
import { listRequests } from '../../store/services/pcs-read/production.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const requestItem = z.strictObject({
  id: z.number().describe('Request id'),
  title: z.string().describe('Title'),
  requestor: z.string().describe('Requestor'),
  pwg: z.string().describe('Physics working group'),
  status: z.string().describe('new, review, blocked, ready, linked, closed'),
  priority: z.number().describe('1, 2, 3 or -1'),
  nevents: z.number().nullable().describe('Requested events'),
  blocked_reason: z.string().describe('Why blocked'),
  created_at: z.string().describe('Created'),
  tasks: z.number().describe('Campaign tasks serving it'),
});

export default defineTool({
  name: 'list-requests',
  title: 'List production requests',
  description: 'Production requests newest first. Filter by status, requestor, pwg, search (title substring).',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({
    status: z.enum(REQUEST_STATUSES).optional().describe('Status'),
    requestor: z.string().optional().describe('Requestor'),
    pwg: z.string().optional().describe('PWG'),
    search: z.string().optional().describe('Title substring'),
    ...listInputs(requestItem, 20),
  }),
  output: listResultSchema(requestItem, {}),
  async run(context, args) {
    const page = await listRequests(context.store.db, args, args);
    return listBody({ page, args, concise: ['id', 'title', 'requestor', 'status', 'tasks'], headline: 'Requests', path: pathWithQuery('/requests', { status: args.status }) });
  },
});
