import { z } from 'zod';
import { getTag } from '../../store/services/pcs-read/tags.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';
import { tagItem } from './list-tags.ts';

export default defineTool({
  name: 'get-tag',
  title: 'Get one PCS tag',
  description: 'One tag by label (p3001, e1, s1, r1, k1): status, parameters, category and how many datasets use it.',
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({ tag_label: z.string().min(2).describe('Tag label, e.g. p3001') }),
  output: resultSchema({ tag: tagItem.describe('The tag') }),
  async run(context, args) {
    const tag = await getTag(context.store.db, args.tag_label);
    return { headline: `Tag ${tag.tag_label} (${tag.status}): ${tag.description}`, path: `/tags/${tag.tag_label}`, data: { tag } };
  },
});
