import { z } from 'zod';
import { getWorkflowExecution } from '../../store/services/monitor/workflows.ts';
import { countsSchema, resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-workflow-execution',
  title: 'Get one workflow execution',
  description: 'One execution: parameters, performance metrics, STF workflows by status, messages by type and the last 5 STF failures.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({ execution_id: z.string().min(1).describe('Execution id, e.g. stf_datataking-alice-0042') }),
  output: resultSchema({
    execution: rowSchema('Execution fields'),
    stf_workflows_by_status: countsSchema.describe('STF workflows by current_status'),
    messages_by_type: countsSchema.describe('Messages of this execution by type'),
    recent_failures: rowsSchema('Last 5 failed STF workflows with reason'),
  }),
  async run(context, args) {
    const detail = await getWorkflowExecution(context.store.db, args.execution_id);
    return { headline: `Execution ${args.execution_id}: ${detail.execution.status}`, path: `/workflows/executions/${encodeURIComponent(args.execution_id)}`, data: detail };
  },
});
