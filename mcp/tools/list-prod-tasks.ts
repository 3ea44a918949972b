import { z } from 'zod';
import { PROD_TASK_STATUSES } from '../../store/schema/enums.ts';
import { listProdTasks, prodTaskStatusCounts } from '../../store/services/pcs-read/production.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const prodTaskItem = z.strictObject({
  id: z.number().describe('Row id'),
  name: z.string().describe('Campaign task name'),
  status: z.string().describe('draft, ready, submitted, completed, failed, past_output'),
  campaign: z.string().nullable().describe('Campaign'),
  requestor: z.string().describe('Requestor'),
  priority: z.number().describe('Priority'),
  panda_task_id: z.number().nullable().describe('Current JEDI task id'),
  panda_status: z.string().nullable().describe('Status of that PanDA task'),
  final_failure_rate: z.number().nullable().describe('Its final failure rate'),
  updated_at: z.string().describe('Last change'),
});

export default defineTool({
  name: 'list-prod-tasks',
  title: 'List campaign tasks',
  description: 'Campaign (PCS) tasks newest first with their PanDA status and final failure rate, plus status counts. Filter by campaign, status, name_contains, request_id.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({
    campaign: z.string().optional().describe('Campaign version'),
    status: z.enum(PROD_TASK_STATUSES).optional().describe('PCS status'),
    name_contains: z.string().optional().describe('Substring of the task name'),
    request_id: z.number().int().positive().optional().describe('Request id'),
    ...listInputs(prodTaskItem, 20),
  }),
  output: listResultSchema(prodTaskItem, { by_status: countsSchema.describe('Tasks by status (campaign scope, or all)') }),
  async run(context, args) {
    const [page, byStatus] = await Promise.all([
      listProdTasks(context.store.db, { campaign: args.campaign, status: args.status, nameContains: args.name_contains, requestId: args.request_id }, args),
      prodTaskStatusCounts(context.store.db, args.campaign),
    ]);
    return listBody({ page, args, concise: ['name', 'status', 'panda_task_id', 'panda_status', 'final_failure_rate'], headline: 'Campaign tasks', path: pathWithQuery('/prod-tasks', { campaign: args.campaign, status: args.status }), summary: { by_status: byStatus } });
  },
});
