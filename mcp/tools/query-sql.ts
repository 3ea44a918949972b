import { z } from 'zod';
import { runReadOnlySql, STATEMENT_TIMEOUT_MS } from '../../store/services/catalog/guarded-sql.ts';
import { resultSchema } from '../shape/envelope.ts';
import { defineTool } from '../shape/tool-definition.ts';

export default defineTool({
  name: 'query-sql',
  title: 'Read-only SQL (experts)',
  description:
    `One SELECT over the public production tables (panda_task, panda_job_rollup, panda_job, rucio_*, pcs_*, swf_*, ai_proposal, artifact_*, alarm_*), in a read-only transaction ` +
    `with a ${STATEMENT_TIMEOUT_MS / 1000} s timeout and a row cap. Writes, several statements, auth tables and pg_* are refused. Prefer the dedicated tools; ` +
    'for totals query panda_job_rollup, not panda_job.',
  domain: 'expert',
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  input: z.strictObject({
    sql: z.string().min(8).max(4000).describe('One SELECT statement'),
    max_rows: z.number().int().min(1).max(200).default(50).describe('Row cap (1–200, default 50)'),
  }),
  output: resultSchema({
    columns: z.array(z.string()).describe('Column names'),
    rows: z.array(z.record(z.string(), z.unknown())).describe('Result rows (capped)'),
    row_cap_hit: z.boolean().describe('More rows existed than max_rows'),
  }),
  async run(context, args) {
    const result = await runReadOnlySql(context.store.db, args.sql, args.max_rows);
    return {
      headline: `${result.rows.length} row(s)${result.capped ? ` (capped at ${args.max_rows}; add WHERE/GROUP BY or raise max_rows)` : ''}`,
      path: '/sql',
      data: { columns: result.columns, rows: result.rows, row_cap_hit: result.capped },
    };
  },
});
