import { z } from 'zod';
import { ACTION_OUTCOMES, SUBLEVELS } from '../../store/schema/enums.ts';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { listActions, summarizeActions } from '../../store/services/monitor/messages-and-logs.ts';
import { listInputs, windowHoursInput } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema, rowsSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const actionItem = z.strictObject({
  id: z.number().describe('Log id (get-log-entry)'),
  timestamp: z.string().describe('When'),
  action: z.string().describe('Action id, e.g. task_submit, catalog_sync'),
  outcome: z.string().describe('ok, error, timeout, skipped, unrecorded, warning'),
  sublevel: z.string().describe('low, normal, high'),
  instance_name: z.string().describe('web, ops-agent, mcp, catalog-sync, …'),
  subject_type: z.string().nullable().describe('What it acted on'),
  subject_key: z.string().nullable().describe('Key of the subject'),
  username: z.string().nullable().describe('Human or automation label'),
  duration_ms: z.number().nullable().describe('Duration'),
  reason: z.string().describe('Why, when outcome is not ok'),
  message: z.string().describe('Log message'),
});

export default defineTool({
  name: 'list-actions',
  title: 'Action stream',
  description:
    'Operational action records (what ran, outcome, who) newest first, with counts by outcome and by action × outcome over the whole filter. ' +
    'Filter by action, instance, subject_type/subject_key, username, outcome, min_sublevel; window default 24 h. summarize=true returns only the counts.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({
    action: z.string().optional().describe('Action id'),
    instance: z.string().optional().describe('Instance name'),
    subject_type: z.string().optional().describe('Subject type'),
    subject_key: z.string().optional().describe('Subject key'),
    username: z.string().optional().describe('User or automation label'),
    outcome: z.enum(ACTION_OUTCOMES).optional().describe('Outcome'),
    min_sublevel: z.enum(SUBLEVELS).optional().describe('Importance floor'),
    window_hours: windowHoursInput(24),
    summarize: z.boolean().default(false).describe('Counts only, no rows'),
    ...listInputs(actionItem, 20),
  }),
  output: listResultSchema(actionItem, {
    total: z.number().describe('Records in scope'),
    by_outcome: countsSchema.describe('Records by outcome'),
    by_action: rowsSchema('Counts by action and outcome with last_at (top 50)'),
  }),
  async run(context, args) {
    const filter = {
      action: args.action, instance: args.instance, subjectType: args.subject_type, subjectKey: args.subject_key,
      username: args.username, outcome: args.outcome, minSublevel: args.min_sublevel, since: hoursBefore(context.now(), args.window_hours),
    };
    const [summary, page] = await Promise.all([
      summarizeActions(context.store.db, filter),
      args.summarize ? Promise.resolve({ items: [], nextCursor: null, cursorAfter: () => '' }) : listActions(context.store.db, filter, args),
    ]);
    return listBody({
      page,
      args,
      concise: ['id', 'timestamp', 'action', 'outcome', 'subject_key', 'username', 'reason'],
      headline: `${summary.total} actions in ${args.window_hours} h (${Object.entries(summary.by_outcome).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`,
      path: pathWithQuery('/actions', { action: args.action, outcome: args.outcome, subject: args.subject_key }),
      summary,
    });
  },
});
