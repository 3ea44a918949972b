import { z } from 'zod';
import { hoursBefore } from '../../store/services/catalog/catalog-freshness.ts';
import { listRuns } from '../../store/services/monitor/runs.ts';
import { listInputs, optionalWindowHours } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const runItem = z.strictObject({
  run_number: z.number().describe('Run number'),
  start_time: z.string().describe('Start'),
  end_time: z.string().nullable().describe('End (null while running)'),
  phase: z.string().nullable().describe('imminent, running, ended'),
  state: z.string().nullable().describe('DAQ state'),
  substate: z.string().nullable().describe('DAQ substate'),
  stf_files: z.number().describe('STF files of the run'),
  slices_completed: z.number().nullable().describe('Slices completed'),
  slices_failed: z.number().nullable().describe('Slices failed'),
});

export default defineTool({
  name: 'list-runs',
  title: 'List testbed runs',
  description: 'Runs newest first with DAQ state and STF/slice counts. window_hours limits to runs started recently (default: all).',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({ window_hours: optionalWindowHours(), ...listInputs(runItem, 20) }),
  output: listResultSchema(runItem, {}),
  async run(context, args) {
    const page = await listRuns(context.store.db, args.window_hours ? hoursBefore(context.now(), args.window_hours) : undefined, args);
    return listBody({ page, args, concise: ['run_number', 'start_time', 'end_time', 'state', 'stf_files'], headline: 'Runs', path: '/runs' });
  },
});
