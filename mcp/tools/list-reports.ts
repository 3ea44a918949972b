import { z } from 'zod';
import { listReports } from '../../store/services/monitor/artifacts-and-alarms.ts';
import { listInputs } from '../shape/common-inputs.ts';
import { listResultSchema } from '../shape/envelope.ts';
import { listBody, pathWithQuery } from '../shape/list-shaping.ts';
import { defineTool, READ_ONLY } from '../shape/tool-definition.ts';

const reportItem = z.strictObject({
  slug: z.string().describe('Page key for get-artifact'),
  section: z.string().describe('epicprod.report, epicprod.assessment, epicprod.narrative'),
  title: z.string().describe('Title'),
  subject_type: z.string().nullable().describe('Subject type, e.g. campaign'),
  subject_key: z.string().nullable().describe('Subject key, e.g. 26.07.0'),
  current_version: z.number().nullable().describe('Newest version'),
  verdict: z.string().nullable().describe('ok, attention, alarm'),
  status: z.string().nullable().describe('published, superseded, …'),
  version_created_at: z.string().nullable().describe('When the newest version was written'),
});

export default defineTool({
  name: 'list-reports',
  title: 'List reports and assessments',
  description: 'Report, assessment and narrative pages newest first with the verdict of their newest version. Filter by section, subject_type, subject_key (e.g. a campaign).',
  domain: 'artifacts',
  annotations: READ_ONLY,
  input: z.strictObject({
    section: z.enum(['epicprod.report', 'epicprod.assessment', 'epicprod.narrative']).optional().describe('Section'),
    subject_type: z.string().optional().describe('Subject type'),
    subject_key: z.string().optional().describe('Subject key'),
    ...listInputs(reportItem, 20),
  }),
  output: listResultSchema(reportItem, {}),
  async run(context, args) {
    const page = await listReports(context.store.db, { section: args.section, subjectType: args.subject_type, subjectKey: args.subject_key }, args);
    return listBody({ page, args, concise: ['slug', 'title', 'current_version', 'verdict'], headline: 'Reports', path: pathWithQuery('/reports', { subject: args.subject_key }) });
  },
});
