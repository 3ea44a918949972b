import { z } from 'zod';
import { LOG_LEVELS } from '../../store/schema/enums.ts';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { listLogs } from '../../store/services/monitor/messages-and-logs.ts';
import { listInputs, windowHoursInput } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const logItem = z.strictObject({
  id: z.number().describe('Log id (get-log-entry)'),
  timestamp: z.string().describe('When'),
  app_name: z.string().describe('Application'),
  instance_name: z.string().describe('Instance'),
  levelname: z.string().describe('DEBUG … CRITICAL'),
  message: z.string().describe('Message'),
  module: z.string().describe('Module'),
  action: z.string().nullable().describe('Action id when this is an action-stream record'),
});

export default defineTool({
  name: 'list-logs',
  title: 'List application logs',
  description: 'Application log rows newest first. Filter by app_name, instance_name, min_level, search (substring); window default 24 h. For operational actions prefer list-actions.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({
    app_name: z.string().optional().describe('Application name'),
    instance_name: z.string().optional().describe('Instance name'),
    min_level: z.enum(LOG_LEVELS).optional().describe('Minimum level'),
    search: z.string().optional().describe('Substring of the message'),
    window_hours: windowHoursInput(24),
    ...listInputs(logItem, 25),
  }),
  output: listResultSchema(logItem, {}),
  async run(context, args) {
    const page = await listLogs(context.store.db, { appName: args.app_name, instanceName: args.instance_name, minLevel: args.min_level, search: args.search, since: hoursBefore(context.now(), args.window_hours) }, args);
    return listBody({ page, args, concise: ['id', 'timestamp', 'instance_name', 'levelname', 'message'], headline: 'Logs', path: pathWithQuery('/logs', { app: args.app_name, level: args.min_level }) });
  },
});
