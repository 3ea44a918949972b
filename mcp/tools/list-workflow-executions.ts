import { z } from 'zod';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { executionStatusCounts, listWorkflowExecutions } from '../../store/services/monitor/workflows.ts';
import { listInputs, windowHoursInput } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const executionItem = z.strictObject({
  execution_id: z.string().describe('Execution id <workflow>-<user>-<NNNN>'),
  workflow_name: z.string().describe('Workflow'),
  version: z.string().describe('Definition version'),
  namespace: z.string().nullable().describe('Namespace'),
  status: z.string().describe('pending, running, completed, failed, terminated'),
  executed_by: z.string().describe('User'),
  start_time: z.string().describe('Start'),
  end_time: z.string().nullable().describe('End'),
  run_number: z.number().nullable().describe('Run it drove'),
});

export default defineTool({
  name: 'list-workflow-executions',
  title: 'List workflow executions',
  description: 'Workflow executions newest first with status counts. Filter by namespace, status (running = currently running), executed_by, workflow_name, window_hours (default 24).',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({
    namespace: z.string().optional().describe('Namespace'),
    status: z.string().optional().describe('Execution status'),
    executed_by: z.string().optional().describe('User'),
    workflow_name: z.string().optional().describe('Workflow name'),
    window_hours: windowHoursInput(24, 24 * 365),
    ...listInputs(executionItem, 20),
  }),
  output: listResultSchema(executionItem, { by_status: countsSchema.describe('Executions in scope by status') }),
  async run(context, args) {
    const filter = { namespace: args.namespace, status: args.status, executedBy: args.executed_by, workflowName: args.workflow_name, since: hoursBefore(context.now(), args.window_hours) };
    const [page, byStatus] = await Promise.all([listWorkflowExecutions(context.store.db, filter, args), executionStatusCounts(context.store.db, filter)]);
    return listBody({ page, args, concise: ['execution_id', 'status', 'namespace', 'start_time', 'run_number'], headline: 'Workflow executions', path: pathWithQuery('/workflows/executions', { namespace: args.namespace, status: args.status }), summary: { by_status: byStatus } });
  },
});
