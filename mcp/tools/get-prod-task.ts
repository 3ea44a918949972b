import { z } from 'zod';
import { getProdTask } from '../../store/services/pcs-read/production.ts';
import { resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-prod-task',
  title: 'Get one campaign task',
  description: 'One campaign task by name: status, campaign, request, prod config, dataset DID, overrides, and every PanDA attempt (.tryN) with status and file counters.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ name: z.string().min(3).describe('Campaign task name (composed name)') }),
  output: resultSchema({ task: rowSchema('Task fields'), panda_attempts: rowsSchema('PanDA attempts: try_number, jedi_task_id, status, file counters') }),
  async run(context, args) {
    const detail = await getProdTask(context.store.db, args.name);
    return { headline: `Campaign task ${detail.task.name}: ${detail.task.status}, ${detail.panda_attempts.length} PanDA attempt(s)`, path: `/prod-tasks/${encodeURIComponent(args.name)}`, data: detail };
  },
});
