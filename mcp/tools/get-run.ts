import { z } from 'zod';
import { getRun } from '../../store/services/monitor/runs.ts';
import { countsSchema, resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-run',
  title: 'Get one run',
  description: 'One run: times, conditions, DAQ state and worker/slice counters, STF files / slices / workers by status, last 10 state events.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({ run_number: z.number().int().min(100010).describe('Run number (≥ 100010)') }),
  output: resultSchema({
    run: rowSchema('Run and run-state fields'),
    stf_files_by_status: countsSchema.describe('STF files by status'),
    slices_by_status: countsSchema.describe('TF slices by status'),
    workers_by_status: countsSchema.describe('Workers by status'),
    recent_events: rowsSchema('Last 10 system state events'),
  }),
  async run(context, args) {
    const detail = await getRun(context.store.db, args.run_number);
    return { headline: `Run ${args.run_number}: ${detail.run.state ?? 'no state'}/${detail.run.substate ?? ''}`, path: `/runs/${args.run_number}`, data: detail };
  },
});
