import { z } from 'zod';
import { getAgent } from '../../store/services/monitor/agents.ts';
import { resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-agent',
  title: 'Get one agent',
  description: 'One agent: type, status, heartbeat health, host/pid, namespace, STF counters, and its last 10 heartbeats.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({ name: z.string().min(1).describe('Agent instance name') }),
  output: resultSchema({
    agent: rowSchema('Agent fields including health (healthy/stale/exited)'),
    recent_heartbeats: rowsSchema('Last 10 heartbeats: at, status, operational_state'),
  }),
  async run(context, args) {
    const detail = await getAgent(context.store.db, args.name, context.now());
    return { headline: `Agent ${args.name}: ${detail.agent.health}`, path: `/agents/${encodeURIComponent(args.name)}`, data: detail };
  },
});
