import { z } from 'zod';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { listMessages, messageTypeCounts } from '../../store/services/monitor/messages-and-logs.ts';
import { listInputs, optionalWindowHours } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const messageItem = z.strictObject({
  message_id: z.string().describe('Message UUID'),
  message_type: z.string().describe('Type, e.g. stf_gen, start_run'),
  sender_agent: z.string().describe('Sender'),
  recipient_agent: z.string().describe('Recipient'),
  namespace: z.string().nullable().describe('Namespace'),
  execution_id: z.string().nullable().describe('Execution'),
  run_number: z.number().nullable().describe('Run'),
  sent_at: z.string().describe('Sent'),
  is_successful: z.boolean().nullable().describe('Delivery outcome'),
  queue_name: z.string().describe('Destination'),
  payload_summary: z.string().describe('First 200 characters of the payload'),
});

export default defineTool({
  name: 'list-messages',
  title: 'List bus messages',
  description: 'Workflow messages newest first (payload summarized to 200 chars) with counts by type. Filter by namespace, execution_id, agent (sender or recipient), message_type; window default 1 h.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({
    namespace: z.string().optional().describe('Namespace'),
    execution_id: z.string().optional().describe('Execution id'),
    agent: z.string().optional().describe('Sender or recipient agent'),
    message_type: z.string().optional().describe('Message type'),
    window_hours: optionalWindowHours(24 * 30).describe('Look-back hours (default 1; 24 when execution_id is given)'),
    ...listInputs(messageItem, 20),
  }),
  output: listResultSchema(messageItem, { by_type: countsSchema.describe('Messages in scope by type (top 20)') }),
  async run(context, args) {
    const hours = args.window_hours ?? (args.execution_id ? 24 : 1);
    const filter = { namespace: args.namespace, executionId: args.execution_id, agent: args.agent, messageType: args.message_type, since: hoursBefore(context.now(), hours) };
    const [page, byType] = await Promise.all([listMessages(context.store.db, filter, args), messageTypeCounts(context.store.db, filter)]);
    return listBody({ page, args, concise: ['message_type', 'sender_agent', 'sent_at', 'execution_id'], headline: `Messages in ${hours} h`, path: pathWithQuery('/messages', { namespace: args.namespace, execution: args.execution_id }), summary: { by_type: byType } });
  },
});
