import { z } from 'zod';
import { DATASET_STAGES, PROPAGATIONS } from '../../store/schema/enums.ts';
import { listDatasets } from '../../store/services/pcs-read/datasets.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const datasetItem = z.strictObject({
  id: z.number().describe('Dataset row id'),
  composed_name: z.string().describe('Composed name'),
  did: z.string().describe('DID of block 1'),
  scope: z.string().describe('Scope'),
  stage: z.string().describe('evgen, simu, reco, full, log'),
  detector_version: z.string().describe('Detector/software version'),
  campaign: z.string().nullable().describe('Campaign'),
  propagation: z.string().describe('continue, hold, final'),
  replaced_by: z.string().describe('Successor dataset, if any'),
  blocks: z.number().describe('Rucio blocks'),
  file_count: z.number().describe('Files (block 1)'),
  data_size: z.number().describe('Bytes (block 1)'),
  expected_events: z.number().nullable().describe('Expected events'),
  physics_tag: z.string().describe('Physics tag label'),
  sample_name: z.string().describe('Sample name'),
  updated_at: z.string().describe('Last change'),
});

export default defineTool({
  name: 'list-datasets',
  title: 'List PCS datasets',
  description: 'Datasets (one row per composed name, block 1) newest first. Filter by stage, campaign, scope, name_contains (e.g. "p3001" or "18x275"), propagation, physics_tag.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({
    stage: z.enum(DATASET_STAGES).optional().describe('Stage'),
    campaign: z.string().optional().describe('Campaign version'),
    scope: z.string().optional().describe('Scope, e.g. group.EIC'),
    name_contains: z.string().optional().describe('Substring of the composed name'),
    propagation: z.enum(PROPAGATIONS).optional().describe('Disposition'),
    physics_tag: z.string().optional().describe('Physics tag label, e.g. p3001'),
    ...listInputs(datasetItem, 20),
  }),
  output: listResultSchema(datasetItem, {}),
  async run(context, args) {
    const page = await listDatasets(context.store.db, { stage: args.stage, campaign: args.campaign, scope: args.scope, nameContains: args.name_contains, propagation: args.propagation, physicsTag: args.physics_tag }, args);
    return listBody({ page, args, concise: ['composed_name', 'stage', 'campaign', 'propagation', 'blocks', 'file_count'], headline: 'Datasets', path: pathWithQuery('/datasets', { campaign: args.campaign, q: args.name_contains, stage: args.stage }) });
  },
});
