import { z } from 'zod';
import { PANDA_TASK_STATUSES } from '../../store/schema/enums.ts';
import { catalogAsOf, hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { listPandaTasks, pandaTaskStatusCounts } from '../../store/services/catalog/panda-tasks.ts';
import { listInputs, optionalWindowHours } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export const pandaTaskItem = z.strictObject({
  jedi_task_id: z.number().describe('JEDI task id'),
  task_name: z.string().describe('PanDA task name (the composed name plus .tryN)'),
  status: z.string().describe('JEDI task status'),
  username: z.string().describe('Submitting user'),
  campaign: z.string().describe('Campaign version, e.g. 26.07.0'),
  site: z.string().describe('PanDA site/queue the task runs at'),
  processing_type: z.string().describe('epicproduction or gangarobot (tests)'),
  n_files_total: z.number().describe('Input files'),
  n_files_finished: z.number().describe('Input files processed successfully'),
  n_final_failed: z.number().describe('Input files failed after all retries'),
  final_failure_rate: z.number().nullable().describe('n_final_failed / (n_final_failed + n_files_finished); null when nothing ended'),
  modification_time: z.string().describe('Last change (ISO)'),
});

export default defineTool({
  name: 'list-panda-tasks',
  title: 'List PanDA tasks',
  description:
    'JEDI tasks with file counts and final failure rate, newest change first, plus status counts over the whole filter. ' +
    'Filter by status, campaign, username, site, task_name_contains. Aborted tasks are hidden unless asked for. Use get-panda-task for one task.',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({
    status: z.array(z.enum(PANDA_TASK_STATUSES)).optional().describe('Only these task statuses'),
    campaign: z.string().optional().describe('Campaign version, e.g. 26.07.0'),
    username: z.string().optional().describe('Submitting user'),
    site: z.string().optional().describe('PanDA site/queue'),
    task_name_contains: z.string().optional().describe('Substring of the task name (% wildcards allowed)'),
    window_hours: optionalWindowHours(),
    ...listInputs(pandaTaskItem, 20),
  }),
  output: listResultSchema(pandaTaskItem, {
    total: z.number().describe('Tasks matching the filter (all pages)'),
    by_status: countsSchema.describe('Matching tasks by status (all pages)'),
  }),
  async run(context, args) {
    const filter = {
      status: args.status,
      campaign: args.campaign,
      username: args.username,
      site: args.site,
      taskNameContains: args.task_name_contains,
      since: args.window_hours ? hoursBefore(context.now(), args.window_hours) : undefined,
    };
    const [page, counts, asOf] = await Promise.all([
      listPandaTasks(context.store.db, filter, args),
      pandaTaskStatusCounts(context.store.db, filter),
      catalogAsOf(context.store.db),
    ]);
    return listBody({
      page,
      args,
      concise: ['jedi_task_id', 'task_name', 'status', 'site', 'final_failure_rate'],
      headline: `${counts.total} PanDA tasks`,
      path: pathWithQuery('/tasks', { status: args.status, campaign: args.campaign, username: args.username, site: args.site }),
      asOf,
      summary: counts,
    });
  },
});
