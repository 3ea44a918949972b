import { z } from 'zod';
import { getRequest } from '../../store/services/pcs-read/production.ts';
import { resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-request',
  title: 'Get one production request',
  description: 'One request with its inputs, validation state and the campaign tasks serving it ("is my request being produced?").',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ request_id: z.number().int().positive().describe('Request id') }),
  output: resultSchema({ request: rowSchema('Request fields'), tasks: rowsSchema('Campaign tasks: name, status, campaign, panda_task_id') }),
  async run(context, args) {
    const detail = await getRequest(context.store.db, args.request_id);
    return { headline: `Request ${args.request_id} (${detail.request.status}): ${detail.tasks.length} task(s)`, path: `/requests/${args.request_id}`, data: detail };
  },
});
