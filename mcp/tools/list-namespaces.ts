import { z } from 'zod';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { listNamespaces } from '../../store/services/monitor/namespaces.ts';
import { windowHoursInput } from '../shape/common-inputs.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const namespaceRow = z.strictObject({
  name: z.string().describe('Namespace'),
  owner: z.string().describe('Owner'),
  description: z.string().describe('Description'),
  agents: z.number().describe('Agents not exited'),
  executions: z.number().describe('Workflow executions started in the window'),
  messages: z.number().describe('Messages sent in the window'),
});

export default defineTool({
  name: 'list-namespaces',
  title: 'List namespaces',
  description: 'Testbed namespaces with live agents and the executions and messages in the window (default 24 h).',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({ window_hours: windowHoursInput(24) }),
  output: resultSchema({ namespaces: z.array(namespaceRow).describe('Namespaces by name (≤ 100)') }),
  async run(context, args) {
    const namespaces = await listNamespaces(context.store.db, hoursBefore(context.now(), args.window_hours));
    return { headline: `${namespaces.length} namespaces`, path: '/namespaces', data: { namespaces } };
  },
});
