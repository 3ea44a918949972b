import { z } from 'zod';
import { ARTIFACT_FORMATS, renderTaskArtifact } from '../../store/services/pcs/task-artifacts.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

/** Artifacts are served in pages so a long condor file never exceeds the result cap. */
const PAGE_CHARS = 6000;

export default defineTool({
  name: 'prodtask-artifact',
  title: 'Render a submission artifact',
  description:
    'Regenerates a campaign task\'s submission artifact from current PCS state (never writes): condor (submit file), panda (prun command), jedi (taskParamMap JSON), ' +
    `evgen (client-API submission spec; residual=true for the missing tail) or dump (everything). Served in ${PAGE_CHARS}-character pages (content_offset).`,
  domain: 'pcs',
  annotations: READ_ONLY,
  input: z.strictObject({
    name: z.string().min(3).describe('Campaign task name'),
    fmt: z.enum(ARTIFACT_FORMATS).describe('Artifact format'),
    residual: z.boolean().default(false).describe('evgen only: cover only the missing residual inputs'),
    content_offset: z.number().int().min(0).default(0).describe('Character offset into the artifact'),
  }),
  output: resultSchema({
    format: z.string().describe('Format rendered'),
    content_type: z.string().describe('MIME type of the artifact'),
    content: z.string().describe('Artifact text (this page)'),
    content_chars: z.number().describe('Total characters'),
    next_content_offset: z.number().nullable().describe('Pass as content_offset for the rest; null at the end'),
  }),
  async run(context, args) {
    const artifact = await renderTaskArtifact(context.store.db, args.name, args.fmt, { residual: args.residual });
    const end = args.content_offset + PAGE_CHARS;
    return {
      headline: `${args.fmt} artifact of ${args.name} (${artifact.body.length} chars)`,
      path: `/prod-tasks/${encodeURIComponent(args.name)}/artifact?fmt=${args.fmt}`,
      data: {
        format: artifact.format,
        content_type: artifact.contentType,
        content: artifact.body.slice(args.content_offset, end),
        content_chars: artifact.body.length,
        next_content_offset: end < artifact.body.length ? end : null,
      },
    };
  },
});
