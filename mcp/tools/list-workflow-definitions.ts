import { z } from 'zod';
import { listWorkflowDefinitions } from '../../store/services/monitor/workflows.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const definitionRow = z.strictObject({
  workflow_name: z.string().describe('Workflow name, e.g. stf_datataking'),
  version: z.string().describe('Version'),
  workflow_type: z.string().describe('Type, e.g. simulation'),
  created_by: z.string().describe('Author'),
  created_at: z.string().describe('Created'),
  parameter_values: z.record(z.string(), z.unknown()).describe('Default parameters'),
  executions: z.number().describe('Executions of this definition'),
});

export default defineTool({
  name: 'list-workflow-definitions',
  title: 'List workflow definitions',
  description: 'Workflow definitions (name, version, type, default parameters, execution count). Filter by workflow_type, created_by.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({ workflow_type: z.string().optional().describe('Workflow type'), created_by: z.string().optional().describe('Author') }),
  output: resultSchema({ definitions: z.array(definitionRow).describe('Definitions by name and version (≤ 100)') }),
  async run(context, args) {
    const definitions = await listWorkflowDefinitions(context.store.db, { workflowType: args.workflow_type, createdBy: args.created_by });
    return { headline: `${definitions.length} workflow definitions`, path: '/workflows', data: { definitions } };
  },
});
