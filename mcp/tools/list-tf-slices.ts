import { z } from 'zod';
import { SLICE_STATUSES } from '../../store/schema/enums.ts';
import { listTfSlices, sliceStatusCounts } from '../../store/services/monitor/runs.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { countsSchema, listResultSchema } from '../shape/envelope.ts';
import { listBody } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const sliceItem = z.strictObject({
  id: z.number().describe('Slice row id'),
  tf_filename: z.string().describe('TF file the slice belongs to'),
  slice_id: z.number().describe('Slice number within the file (1–15)'),
  run_number: z.number().describe('Run'),
  status: z.string().describe('queued, processing, completed, failed'),
  tf_first: z.number().describe('First TF'),
  tf_last: z.number().describe('Last TF'),
  tf_count: z.number().describe('TFs'),
  retries: z.number().describe('Retries used'),
  assigned_worker: z.string().nullable().describe('Worker'),
  assigned_at: z.string().nullable().describe('Assigned'),
  completed_at: z.string().nullable().describe('Completed'),
});

export default defineTool({
  name: 'list-tf-slices',
  title: 'List TF slices',
  description: 'Fast-processing slices with status counts. Filter by run_number, tf_filename, status, assigned_worker.',
  domain: 'monitor',
  annotations: READ_ONLY,
  input: z.strictObject({
    run_number: z.number().int().optional().describe('Run number'),
    tf_filename: z.string().optional().describe('TF file name'),
    status: z.enum(SLICE_STATUSES).optional().describe('Slice status'),
    assigned_worker: z.string().optional().describe('Worker id'),
    ...listInputs(sliceItem, 30),
  }),
  output: listResultSchema(sliceItem, { by_status: countsSchema.describe('Slices by status (whole run, or all runs)') }),
  async run(context, args) {
    const [page, byStatus] = await Promise.all([
      listTfSlices(context.store.db, { runNumber: args.run_number, tfFilename: args.tf_filename, status: args.status, worker: args.assigned_worker }, args),
      sliceStatusCounts(context.store.db, args.run_number),
    ]);
    return listBody({ page, args, concise: ['tf_filename', 'slice_id', 'status', 'retries', 'assigned_worker'], headline: 'TF slices', path: args.run_number ? `/runs/${args.run_number}` : '/runs', summary: { by_status: byStatus } });
  },
});
