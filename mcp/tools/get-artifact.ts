import { z } from 'zod';
import { getArtifact } from '../../store/services/monitor/artifacts-and-alarms.ts';
import { resultSchema, rowSchema, rowsSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

/** Content is served in pages so a long report never exceeds the result cap. */
const PAGE_CHARS = 6000;

export default defineTool({
  name: 'get-artifact',
  title: 'Read a report or assessment',
  description: `One artifact page: metadata, the list of versions, and one version's markdown content in ${PAGE_CHARS}-character pages (content_offset). Default: newest version.`,
  domain: 'artifacts',
  annotations: READ_ONLY,
  input: z.strictObject({
    slug: z.string().min(1).describe('Page slug from list-reports'),
    version: z.number().int().positive().optional().describe('Version (default newest)'),
    content_offset: z.number().int().min(0).default(0).describe('Character offset into the content'),
  }),
  output: resultSchema({
    page: rowSchema('Page metadata: section, title, subject'),
    version: z.number().nullable().describe('Version shown'),
    content: z.string().describe('Markdown content page'),
    content_chars: z.number().describe('Total characters of this version'),
    next_content_offset: z.number().nullable().describe('Pass as content_offset for the rest; null at the end'),
    versions: rowsSchema('Versions newest first: version, status, verdict, quality, created_by, content_chars'),
  }),
  async run(context, args) {
    const artifact = await getArtifact(context.store.db, args.slug, args.version);
    const end = args.content_offset + PAGE_CHARS;
    return {
      headline: `${artifact.page.title} v${artifact.version ?? '-'}`,
      path: `/reports/${args.slug}${args.version ? `?version=${args.version}` : ''}`,
      data: {
        page: artifact.page,
        version: artifact.version,
        content: artifact.content.slice(args.content_offset, end),
        content_chars: artifact.content.length,
        next_content_offset: end < artifact.content.length ? end : null,
        versions: artifact.versions,
      },
    };
  },
});
