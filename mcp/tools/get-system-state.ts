import { z } from 'zod';
import { systemState } from '../../store/services/monitor/system-state.ts';
import { countsSchema, resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-system-state',
  title: 'System overview',
  description:
    'START HERE for "is everything OK": agents by heartbeat health, workflow executions (24 h), messages (10 min), latest runs, errors in the last hour, ' +
    'services not ok, last catalog sync and active alarms — one call.',
  domain: 'system',
  annotations: READ_ONLY,
  input: z.strictObject({ username: z.string().optional().describe('Only executions of this user') }),
  output: resultSchema({
    agents: z.strictObject({
      by_health: countsSchema.describe('Agents by heartbeat health'),
      heartbeat_within_5_min: z.number().describe('Agents with a heartbeat in the last 5 minutes'),
    }).describe('Agents'),
    executions_24h: countsSchema.describe('Workflow executions started in 24 h by status'),
    messages_last_10_min: z.number().describe('Bus messages in the last 10 minutes'),
    recent_runs: rowsSchema('Last 3 runs with DAQ state'),
    errors_last_hour: z.number().describe('ERROR/CRITICAL log rows in the last hour'),
    services_not_ok: rowsSchema('System status collectors not ok'),
    last_catalog_sync: rowSchema('Latest catalog_sync record: at, outcome').nullable().describe('Latest catalog_sync record: at, outcome; null if none'),
    active_alarms: z.number().describe('Active alarm events'),
  }),
  async run(context, args) {
    const state = await systemState(context.store.db, context.now(), args.username);
    return {
      headline: `Agents ${Object.entries(state.agents.by_health).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}; ${state.errors_last_hour} errors in 1 h; ${state.active_alarms} active alarms`,
      path: '/',
      data: state,
    };
  },
});
