import { z } from 'zod';
import { catalogAsOf } from '../../store/services/catalog/catalog-freshness.ts';
import { getPandaTask } from '../../store/services/catalog/panda-tasks.ts';
import { countsSchema, resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-panda-task',
  title: 'Get one PanDA task',
  description:
    'One JEDI task: status, file counters, final failure rate, jobs by status and site, top 5 error signatures (from the rollup) and its campaign task. ' +
    'Next: error-summary with jedi_task_id for ranked errors, diagnose-failed-jobs for failed jobs.',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({ jedi_task_id: z.number().int().positive().describe('JEDI task id, e.g. 38511') }),
  output: resultSchema({
    task: rowSchema('Task fields: status, username, campaign, site, file and event counters, final_failure_rate, times, error_dialog'),
    jobs_by_status: countsSchema.describe('All jobs of the task by status'),
    jobs_by_site: countsSchema.describe('Jobs by computing site (top 10)'),
    top_errors: rowsSchema('Top error signatures: error_component, error_code, error_name, count'),
    campaign_task: rowSchema('PCS campaign task (prod_task, try_number)').nullable().describe('PCS campaign task this PanDA task belongs to (prod_task, try_number), or null'),
  }),
  async run(context, args) {
    const [detail, asOf] = await Promise.all([getPandaTask(context.store.db, args.jedi_task_id), catalogAsOf(context.store.db)]);
    const t = detail.task;
    return {
      headline: `PanDA task ${t.jedi_task_id} ${t.task_name}: ${t.status}, final failure rate ${t.final_failure_rate ?? 'n/a'}`,
      path: `/tasks/${args.jedi_task_id}`,
      asOf,
      data: detail,
    };
  },
});
