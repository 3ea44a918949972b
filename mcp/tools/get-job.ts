import { z } from 'zod';
import { catalogAsOf } from '../../store/services/catalog/catalog-freshness.ts';
import { getJob } from '../../store/services/catalog/panda-jobs.ts';
import { resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-job',
  title: 'Study one PanDA job',
  description:
    'One job in depth: fields, every non-zero error component with its code meaning and layer, output files, and a first diagnosis ' +
    '(which layer the error points at, whether this was the final attempt, what to check next).',
  domain: 'panda',
  annotations: READ_ONLY,
  input: z.strictObject({ panda_id: z.number().int().positive().describe('PanDA job id, e.g. 1685001') }),
  output: resultSchema({
    job: rowSchema('Job fields: status, site, attempts, times, primary error, task name and status'),
    errors: rowsSchema('Each non-zero error component: component, code, diag, name, meaning, layer'),
    files: rowsSchema('Output files registered in Rucio by this job (≤ 20)'),
    diagnosis: z.strictObject({
      layer: z.string().describe('Layer the primary error points at: storage, compute, payload, data_management, operator, unknown'),
      guidance: z.string().describe('What to check next'),
    }).nullable().describe('Null unless the job failed'),
  }),
  async run(context, args) {
    const [detail, asOf] = await Promise.all([getJob(context.store.db, args.panda_id), catalogAsOf(context.store.db)]);
    return {
      headline: `Job ${args.panda_id}: ${detail.job.job_status} at ${detail.job.computing_site} (task ${detail.job.jedi_task_id})`,
      path: `/jobs/${args.panda_id}`,
      asOf,
      data: detail,
    };
  },
});
