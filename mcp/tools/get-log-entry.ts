import { z } from 'zod';
import { getLogEntry } from '../../store/services/monitor/messages-and-logs.ts';
import { resultSchema, rowSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-log-entry',
  title: 'Get one log entry',
  description: 'One log or action-stream record with all fields including extra_data.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({ log_id: z.number().int().positive().describe('Log id from list-logs or list-actions') }),
  output: resultSchema({ entry: rowSchema('Log fields: app, instance, level, message, code location, action fields, extra_data') }),
  async run(context, args) {
    const entry = await getLogEntry(context.store.db, args.log_id);
    return { headline: `Log ${args.log_id}: ${entry.levelname} ${entry.message}`, path: `/logs/${args.log_id}`, data: { entry } };
  },
});
