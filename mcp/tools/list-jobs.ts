import { z } from 'zod';
import { JOB_STATUSES, ERROR_COMPONENTS } from '../../store/schema/enums.ts';
import { catalogAsOf, hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { listJobs } from '../../store/services/catalog/panda-jobs.ts';
import { InvalidInputError } from '../../store/services/errors.ts';
import { listInputs, optionalWindowHours } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export const jobItem = z.strictObject({
  panda_id: z.number().describe('PanDA job id'),
  jedi_task_id: z.number().describe('JEDI task id'),
  job_status: z.string().describe('Job status'),
  computing_site: z.string().describe('Queue the job ran at'),
  prod_username: z.string().describe('Submitting user'),
  attempt_nr: z.number().describe('Attempt number of this input'),
  max_attempt: z.number().describe('Attempts allowed'),
  error_component: z.string().nullable().describe('Component of the primary error (pilot, sup, exe, ddm, …)'),
  error_code: z.number().nullable().describe('Primary error code'),
  error_diag: z.string().describe('Primary error message'),
  n_events: z.number().describe('Events processed'),
  creation_time: z.string().describe('Created (ISO)'),
  start_time: z.string().nullable().describe('Started (ISO)'),
  end_time: z.string().nullable().describe('Ended (ISO)'),
  modification_time: z.string().describe('Last change (ISO)'),
  destination_se: z.string().describe('Destination storage element'),
  harvester_id: z.string().nullable().describe('Harvester instance'),
  worker_id: z.number().nullable().describe('Harvester worker id'),
});

export default defineTool({
  name: 'list-jobs',
  title: 'List PanDA jobs (drill-down)',
  description:
    'Raw PanDA job rows, newest pandaid first, for drilling into a task or site. Requires jedi_task_id or site (job totals come from get-panda-task, ' +
    'panda-activity and error-summary, which read the rollup). Filter by status, error_component/error_code, window_hours.',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({
    jedi_task_id: z.number().int().positive().optional().describe('JEDI task id'),
    site: z.string().optional().describe('Computing site/queue'),
    status: z.array(z.enum(JOB_STATUSES)).optional().describe('Only these job statuses'),
    username: z.string().optional().describe('Submitting user'),
    error_component: z.enum(ERROR_COMPONENTS).optional().describe('Primary error component'),
    error_code: z.number().int().optional().describe('Primary error code, e.g. 1152'),
    window_hours: optionalWindowHours(),
    ...listInputs(jobItem, 25),
  }),
  output: listResultSchema(jobItem, {}),
  async run(context, args) {
    if (!args.jedi_task_id && !args.site) {
      throw new InvalidInputError('SCOPE_REQUIRED', 'list-jobs needs jedi_task_id or site (raw jobs are for drill-down; use panda-activity or error-summary for totals)');
    }
    const filter = {
      jediTaskId: args.jedi_task_id,
      site: args.site,
      status: args.status,
      username: args.username,
      errorComponent: args.error_component,
      errorCode: args.error_code,
      since: args.window_hours ? hoursBefore(context.now(), args.window_hours) : undefined,
    };
    const [page, asOf] = await Promise.all([listJobs(context.store.db, filter, args), catalogAsOf(context.store.db)]);
    return listBody({
      page,
      args,
      concise: ['panda_id', 'jedi_task_id', 'job_status', 'computing_site', 'attempt_nr', 'error_code', 'error_diag'],
      headline: `PanDA jobs${args.jedi_task_id ? ` of task ${args.jedi_task_id}` : ''}${args.site ? ` at ${args.site}` : ''}`,
      path: args.jedi_task_id ? pathWithQuery(`/tasks/${args.jedi_task_id}/jobs`, { status: args.status, site: args.site }) : pathWithQuery(`/sites/${args.site}/jobs`, { status: args.status }),
      asOf,
    });
  },
});
