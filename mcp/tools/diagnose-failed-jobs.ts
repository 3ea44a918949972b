import { z } from 'zod';
import { ERROR_COMPONENTS } from '../../store/schema/enums.ts';
import { catalogAsOf, hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { listFailedJobsDetailed } from '../../store/services/catalog/panda-jobs.ts';
import { InvalidInputError } from '../../store/services/errors.ts';
import { listInputs, optionalWindowHours } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const failedJobItem = z.strictObject({
  panda_id: z.number().describe('PanDA job id'),
  jedi_task_id: z.number().describe('JEDI task id'),
  job_status: z.string().describe('failed, cancelled, closed or broken'),
  computing_site: z.string().describe('Queue'),
  attempt_nr: z.number().describe('Attempt number'),
  max_attempt: z.number().describe('Attempts allowed'),
  final_attempt: z.boolean().describe('True when no retry remains: this input counts as finally failed'),
  error_component: z.string().nullable().describe('Primary error component'),
  error_code: z.number().nullable().describe('Primary error code'),
  error_name: z.string().describe('Standard name of the code, e.g. STAGEOUTTIMEOUT'),
  layer: z.string().describe('Layer the code usually comes from (storage, compute, payload, …)'),
  error_diag: z.string().describe('Primary error message'),
  all_errors: z.string().nullable().describe('Every non-zero component as "component code: diag; …"'),
  modification_time: z.string().describe('Last change (ISO)'),
});

export default defineTool({
  name: 'diagnose-failed-jobs',
  title: 'Diagnose failed jobs',
  description:
    'Failed jobs with all seven error components, code names, layer and whether it was the final attempt. Scope by jedi_task_id or site ' +
    '(required), narrow by error_component/error_code. For ranked totals use error-summary first.',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({
    jedi_task_id: z.number().int().positive().optional().describe('JEDI task id'),
    site: z.string().optional().describe('Computing site/queue'),
    error_component: z.enum(ERROR_COMPONENTS).optional().describe('Primary error component'),
    error_code: z.number().int().optional().describe('Primary error code'),
    window_hours: optionalWindowHours(),
    ...listInputs(failedJobItem, 20),
  }),
  output: listResultSchema(failedJobItem, {}),
  async run(context, args) {
    if (!args.jedi_task_id && !args.site) throw new InvalidInputError('SCOPE_REQUIRED', 'diagnose-failed-jobs needs jedi_task_id or site; call error-summary first to find where failures are');
    const filter = {
      jediTaskId: args.jedi_task_id,
      site: args.site,
      errorComponent: args.error_component,
      errorCode: args.error_code,
      since: args.window_hours ? hoursBefore(context.now(), args.window_hours) : undefined,
    };
    const [page, asOf] = await Promise.all([listFailedJobsDetailed(context.store.db, filter, args), catalogAsOf(context.store.db)]);
    return listBody({
      page,
      args,
      concise: ['panda_id', 'computing_site', 'final_attempt', 'error_code', 'error_name', 'layer', 'error_diag'],
      headline: `Failed jobs${args.jedi_task_id ? ` of task ${args.jedi_task_id}` : ''}${args.site ? ` at ${args.site}` : ''}`,
      path: pathWithQuery(args.jedi_task_id ? `/tasks/${args.jedi_task_id}/jobs` : `/sites/${args.site}/jobs`, { status: 'failed', error_code: args.error_code }),
      asOf,
    });
  },
});
