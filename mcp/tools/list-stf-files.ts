import { z } from 'zod';
import { FILE_STATUSES } from '../../store/schema/enums.ts';
import { listStfFiles, stfStatusCounts } from '../../store/services/monitor/runs.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const stfItem = z.strictObject({
  file_id: z.string().describe('File UUID'),
  stf_filename: z.string().describe('swf.<run>.<seq>.stf'),
  run_number: z.number().describe('Run'),
  status: z.string().describe('registered, processing, processed, failed, done'),
  machine_state: z.string().describe('physics or cosmics'),
  file_size_bytes: z.number().describe('Size'),
  tf_count: z.number().describe('Time frames'),
  daq_state: z.string().describe('DAQ state at creation'),
  daq_substate: z.string().describe('DAQ substate at creation'),
  created_at: z.string().describe('Created'),
});

export default defineTool({
  name: 'list-stf-files',
  title: 'List STF files',
  description: 'Super-time-frame files by name with status counts. Filter by run_number, status, machine_state.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({
    run_number: z.number().int().optional().describe('Run number'),
    status: z.enum(FILE_STATUSES).optional().describe('File status'),
    machine_state: z.enum(['physics', 'cosmics']).optional().describe('Machine state'),
    ...listInputs(stfItem, 25),
  }),
  output: listResultSchema(stfItem, { by_status: countsSchema.describe('STF files by status (whole run, or all runs)') }),
  async run(context, args) {
    const [page, byStatus] = await Promise.all([
      listStfFiles(context.store.db, { runNumber: args.run_number, status: args.status, machineState: args.machine_state }, args),
      stfStatusCounts(context.store.db, args.run_number),
    ]);
    return listBody({ page, args, concise: ['stf_filename', 'status', 'tf_count', 'created_at'], headline: 'STF files', path: args.run_number ? `/runs/${args.run_number}` : pathWithQuery('/runs', {}), summary: { by_status: byStatus } });
  },
});
