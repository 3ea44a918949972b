import { z } from 'zod';
import { AGENT_STATUSES, AGENT_TYPES } from '../../store/schema/enums.ts';
import { agentHealthCounts, listAgents } from '../../store/services/monitor/agents.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const agentItem = z.strictObject({
  instance_name: z.string().describe('Agent instance, e.g. data-agent-alice-17'),
  agent_type: z.string().describe('daqsim, data, processing, fastmon, PRODOPS, …'),
  status: z.string().describe('Reported status: OK, WARNING, ERROR, EXITED, UNKNOWN'),
  operational_state: z.string().describe('STARTING, READY, PROCESSING, EXITED'),
  health: z.enum(['healthy', 'stale', 'exited']).describe('healthy: heartbeat < 3 min; stale: none for 3+ min (treated as exited); exited: marked EXITED'),
  last_heartbeat: z.string().nullable().describe('Last heartbeat'),
  heartbeat_age_seconds: z.number().nullable().describe('Seconds since the last heartbeat'),
  namespace: z.string().nullable().describe('Namespace'),
  hostname: z.string().describe('Host'),
  pid: z.number().nullable().describe('Process id'),
  current_stf_count: z.number().describe('STFs in progress'),
  total_stf_processed: z.number().describe('STFs processed'),
});

export default defineTool({
  name: 'list-agents',
  title: 'List testbed agents',
  description: 'Agents with heartbeat health (healthy / stale / exited) and health counts. Exited agents are hidden unless include_exited or health=exited. Filter by namespace, agent_type, status, health.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({
    namespace: z.string().optional().describe('Namespace, e.g. alice-dev'),
    agent_type: z.enum(AGENT_TYPES).optional().describe('Agent type'),
    status: z.enum(AGENT_STATUSES).optional().describe('Reported status'),
    health: z.enum(['healthy', 'stale', 'exited']).optional().describe('Heartbeat health'),
    include_exited: z.boolean().default(false).describe('Include exited agents'),
    ...listInputs(agentItem, 30),
  }),
  output: listResultSchema(agentItem, { by_health: countsSchema.describe('Agents in scope by health (exited included)') }),
  async run(context, args) {
    const filter = { namespace: args.namespace, agentType: args.agent_type, status: args.status, health: args.health, includeExited: args.include_exited };
    const now = context.now();
    const [page, byHealth] = await Promise.all([listAgents(context.store.db, filter, now, args), agentHealthCounts(context.store.db, filter, now)]);
    return listBody({
      page,
      args,
      concise: ['instance_name', 'agent_type', 'health', 'heartbeat_age_seconds', 'namespace'],
      headline: `Agents: ${Object.entries(byHealth).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`,
      path: pathWithQuery('/agents', { namespace: args.namespace, type: args.agent_type }),
      summary: { by_health: byHealth },
    });
  },
});
