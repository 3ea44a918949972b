import { z } from 'zod';
import { TAG_STATUSES, TAG_TYPES } from '../../store/schema/enums.ts';
import { listTags } from '../../store/services/pcs-read/tags.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

export const tagItem = z.strictObject({
  tag_label: z.string().describe('Label, e.g. p3001, e1, s1, r1, k1'),
  tag_type: z.string().describe('p physics, e evgen, s simu, r reco, k background'),
  tag_number: z.number().describe('Number'),
  status: z.string().describe('draft (editable) or locked (immutable)'),
  description: z.string().describe('Description'),
  parameters: z.record(z.string(), z.unknown()).describe('Parameter values'),
  category: z.string().nullable().describe('Physics category (physics tags only)'),
  created_by: z.string().describe('Author'),
  created_at: z.string().describe('Created'),
  locked_at: z.string().nullable().describe('Locked'),
  datasets: z.number().nullable().describe('Datasets using this tag (get-tag and diff-tags; null in lists)'),
});

export default defineTool({
  name: 'list-tags',
  title: 'List PCS tags',
  description: 'Tags of one type (p, e, s, r, k) by number with parameters and dataset usage. Filter by status, category, creator. For free-text search use search-tags.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({
    tag_type: z.enum(TAG_TYPES).describe('p physics, e evgen, s simu, r reco, k background'),
    status: z.enum(TAG_STATUSES).optional().describe('draft or locked'),
    category: z.string().optional().describe('Physics category name'),
    creator: z.string().optional().describe('Author'),
    ...listInputs(tagItem, 30),
  }),
  output: listResultSchema(tagItem, {}),
  async run(context, args) {
    const page = await listTags(context.store.db, { tagType: args.tag_type, status: args.status, category: args.category, creator: args.creator }, args);
    return listBody({ page, args, concise: ['tag_label', 'status', 'description', 'parameters'], headline: `${args.tag_type} tags`, path: pathWithQuery('/tags', { type: args.tag_type, status: args.status }) });
  },
});
