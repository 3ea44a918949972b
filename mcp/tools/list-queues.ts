import { z } from 'zod';
import { QUEUE_STATUSES } from '../../store/schema/enums.ts';
import { listQueues, queueStatusCounts } from '../../store/services/catalog/panda-queues.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const queueItem = z.strictObject({
  queue_name: z.string().describe('PanDA queue name'),
  site: z.string().describe('Site'),
  cloud: z.string().describe('Cloud'),
  vo: z.string().describe('VO (eic, …)'),
  status: z.string().describe('online, brokeroff or offline'),
  queue_type: z.string().describe('production, test, …'),
  resource_type: z.string().describe('SCORE, MCORE, …'),
  updated_at: z.string().describe('Last config change'),
});

export default defineTool({
  name: 'list-queues',
  title: 'List PanDA queues',
  description: 'PanDA queues (schedconfig) by name with status counts. Filter by vo, status, search (substring). Use get-queue for config and recent jobs.',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({
    vo: z.string().optional().describe('VO, e.g. eic'),
    status: z.enum(QUEUE_STATUSES).optional().describe('Queue status'),
    search: z.string().optional().describe('Substring of the queue name'),
    ...listInputs(queueItem, 50),
  }),
  output: listResultSchema(queueItem, { by_status: countsSchema.describe('All queues by status') }),
  async run(context, args) {
    const [page, byStatus] = await Promise.all([listQueues(context.store.db, args, args), queueStatusCounts(context.store.db)]);
    return listBody({ page, args, concise: ['queue_name', 'site', 'status', 'queue_type'], headline: 'PanDA queues', path: pathWithQuery('/sites', { status: args.status }), summary: { by_status: byStatus } });
  },
});
