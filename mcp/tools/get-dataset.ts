import { z } from 'zod';
import { getDataset } from '../../store/services/pcs-read/datasets.ts';
import { resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'get-dataset',
  title: 'Get one PCS dataset',
  description: 'One dataset by composed name, physical name or DID: fields, disposition, blocks with DIDs, its tags and campaign tasks. A malformed name returns the grammar problem.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ name: z.string().min(3).describe('Composed name, physical name (.tryN/.bN) or DID scope:name.bN') }),
  output: resultSchema({
    dataset: rowSchema('Dataset fields: stage, campaign, versions, propagation, replaced_by, expected events, metadata'),
    blocks: rowsSchema('Blocks: block, did, file_count, data_size'),
    tags: rowsSchema('Its tags: tag_label, tag_type, description, status'),
    tasks: rowsSchema('Campaign tasks producing it: name, status, panda_task_id'),
  }),
  async run(context, args) {
    const detail = await getDataset(context.store.db, args.name);
    return { headline: `Dataset ${detail.dataset.composed_name}: ${detail.dataset.stage}, ${detail.blocks.length} block(s), ${detail.dataset.propagation}`, path: `/datasets/${encodeURIComponent(String(detail.dataset.composed_name))}`, data: detail };
  },
});
