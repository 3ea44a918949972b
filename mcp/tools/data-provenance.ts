import { z } from 'zod';
import { dataProvenance } from '../../store/services/pcs-read/provenance.ts';
import { resultSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'data-provenance',
  title: 'Data provenance',
  description:
    'START HERE for "where are the EVGEN inputs of this RECO dataset / where is its output": from a DID, composed name or EVGEN path (starting with /) to ' +
    'datasets, EVGEN inputs, producing campaign tasks with their PanDA attempts, and outputs in Rucio with RSEs and an example xrootd path.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ did_or_path: z.string().min(3).describe('DID, composed name, or EVGEN path like /volatile/eic/EPIC/EVGEN/...') }),
  output: resultSchema({
    datasets: rowsSchema('Matching datasets: composed_name, did, stage'),
    evgen_inputs: z.array(z.strictObject({ key: z.string().describe('Where the input is recorded'), value: z.string().describe('Path or DID') })).describe('EVGEN inputs'),
    producing_tasks: rowsSchema('Campaign tasks and PanDA attempts: prod_task, status, request, try_number, jedi_task_id, panda_status, out_ds'),
    outputs: rowsSchema('Rucio outputs: did, length, available_length, bytes, rses, example_xrootd_path'),
  }),
  async run(context, args) {
    const provenance = await dataProvenance(context.store.db, args.did_or_path);
    const first = provenance.datasets[0];
    return {
      headline: `Provenance of ${args.did_or_path}: ${provenance.datasets.length} dataset(s), ${provenance.producing_tasks.length} task attempt(s), ${provenance.outputs.length} Rucio output(s)`,
      path: first ? `/datasets/${encodeURIComponent(String(first.composed_name))}` : '/datasets',
      data: provenance,
    };
  },
});
