import { z } from 'zod';
import { TAG_TYPES } from '../../store/schema/enums.ts';
import { listTags } from '../../store/services/pcs-read/tags.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';
import { tagItem } from './list-tags.ts';

export default defineTool({
  name: 'search-tags',
  title: 'Search PCS tags',
  description: 'Free-text search over tag labels, descriptions and parameter values (e.g. "DIS_NC 18x275", "pythia8"), optionally within one tag type.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({
    query: z.string().min(2).max(200).describe('Words to find, e.g. "DIS NC 18x275" or pythia8; every word must appear in the label, description or a parameter value'),
    tag_type: z.enum(TAG_TYPES).optional().describe('Only this tag type'),
    ...listInputs(tagItem, 20),
  }),
  output: listResultSchema(tagItem, {}),
  async run(context, args) {
    const page = await listTags(context.store.db, { tagType: args.tag_type, search: args.query }, args);
    return listBody({ page, args, concise: ['tag_label', 'status', 'description', 'parameters'], headline: `Tags matching "${args.query}"`, path: pathWithQuery('/tags', { q: args.query, type: args.tag_type }) });
  },
});
