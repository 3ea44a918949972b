import { z } from 'zod';
import { DID_TYPES } from '../../store/schema/enums.ts';
import { listRucioDatasets } from '../../store/services/catalog/rucio.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const rucioDatasetItem = z.strictObject({
  did: z.string().describe('scope:name'),
  scope: z.string().describe('Rucio scope'),
  name: z.string().describe('Dataset name'),
  did_type: z.string().describe('DATASET or CONTAINER'),
  is_open: z.boolean().describe('Still accepting files'),
  length: z.number().describe('Files'),
  available_length: z.number().describe('Files with an AVAILABLE replica'),
  completeness: z.number().nullable().describe('available_length / length'),
  bytes: z.number().describe('Total bytes'),
  events: z.number().describe('Total events'),
  updated_at: z.string().describe('Last change'),
});

export default defineTool({
  name: 'list-rucio-datasets',
  title: 'List Rucio datasets',
  description: 'Rucio datasets with completeness (files with an available replica / files). Filter by scope, name_contains (try *<campaign>* first), incomplete_only. An empty answer is not proof of absence: vary the scope and pattern.',
  domain: 'rucio',
  annotations: READ_ONLY,
  input: z.strictObject({
    scope: z.string().optional().describe('Scope, e.g. group.EIC or epic'),
    name_contains: z.string().optional().describe('Substring of the name, e.g. 26.07.0'),
    did_type: z.enum(DID_TYPES).exclude(['FILE']).optional().describe('DATASET or CONTAINER'),
    incomplete_only: z.boolean().optional().describe('Only datasets missing available replicas'),
    ...listInputs(rucioDatasetItem, 20),
  }),
  output: listResultSchema(rucioDatasetItem, {}),
  async run(context, args) {
    const page = await listRucioDatasets(context.store.db, { scope: args.scope, nameContains: args.name_contains, didType: args.did_type, incompleteOnly: args.incomplete_only }, args);
    return listBody({ page, args, concise: ['did', 'length', 'available_length', 'completeness', 'is_open'], headline: 'Rucio datasets', path: pathWithQuery('/rucio/datasets', { scope: args.scope, q: args.name_contains }) });
  },
});
