import { z } from 'zod';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { alarmCounts, listAlarmEvents } from '../../store/services/monitor/artifacts-and-alarms.ts';
import { listInputs, windowHoursInput } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const alarmItem = z.strictObject({
  id: z.number().describe('Event id'),
  alarm: z.string().describe('Alarm entry id, e.g. alarm_panda_failure_rate_eic_all'),
  title: z.string().describe('Alarm title'),
  severity: z.string().describe('info, warning, alarm'),
  dedupe_key: z.string().describe('What fired (site, task, …)'),
  subject: z.string().describe('Human summary'),
  fire_time: z.string().describe('First fired'),
  clear_time: z.string().nullable().describe('Cleared (null = active)'),
  last_seen: z.string().describe('Last detection'),
  active: z.boolean().describe('Still active'),
});

export default defineTool({
  name: 'list-alarms',
  title: 'List alarm events',
  description: 'Alarm events: active ones (default) or those cleared within the window, newest first, with active counts by severity.',
  domain: 'alarms',
  annotations: READ_ONLY,
  input: z.strictObject({
    state: z.enum(['active', 'cleared', 'all']).default('active').describe('active, cleared (in window) or all'),
    alarm: z.string().optional().describe('Alarm entry id'),
    window_hours: windowHoursInput(72),
    ...listInputs(alarmItem, 20),
  }),
  output: listResultSchema(alarmItem, {
    active_by_severity: countsSchema.describe('Active events by severity'),
    definitions: z.number().describe('Configured (not archived) alarms'),
  }),
  async run(context, args) {
    const [page, counts] = await Promise.all([
      listAlarmEvents(context.store.db, { state: args.state, alarm: args.alarm, since: hoursBefore(context.now(), args.window_hours) }, args),
      alarmCounts(context.store.db),
    ]);
    return listBody({ page, args, concise: ['alarm', 'severity', 'dedupe_key', 'subject', 'fire_time', 'clear_time'], headline: `Alarms (${args.state})`, path: '/alarms', summary: counts });
  },
});
