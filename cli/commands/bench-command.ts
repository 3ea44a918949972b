import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { benchTable, performanceDoc, type BenchRun } from '../../evals/perf/bench-table.ts';
import { SUITES } from '../../evals/perf/suites.ts';
import { loadHarnessConfig } from '../config/harness-config.ts';
import { processEnv } from '../config/process-env.ts';
import type { CommandIo } from '../command.ts';
import { UsageError } from '../usage-error.ts';

/** `epic-assistant bench [NAME] [--json] [--scale X] [--doc FILE] [--memory]`: runs suites, prints the table, rewrites docs/performance.md. */
export async function benchCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, scale: { type: 'string', default: '1' }, doc: { type: 'string', default: 'docs/performance.md' }, memory: { type: 'boolean', default: false } },
    strict: true,
  });
  const wanted = positionals[0];
  const suites = wanted ? SUITES.filter((s) => s.name === wanted) : SUITES;
  if (suites.length === 0) throw new UsageError(`unknown suite '${wanted}'; known: ${SUITES.map((s) => s.name).join(', ')}`);
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new UsageError('--scale must be a positive number');
  // --memory: the demo seed on in-memory PGlite even when DATABASE_URL points at a database.
  const databaseUrl = values.memory ? undefined : loadHarnessConfig(processEnv(), process.cwd()).store.databaseUrl;
  const run: BenchRun = { startedAt: new Date().toISOString(), database: databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'PGlite in memory, demo seed', rows: [], skipped: [] };
  for (const suite of suites) {
    io.err(`… ${suite.name}: ${suite.summary}`);
    const result = await suite.run({ databaseUrl, scale, onProgress: (m) => io.err(`  ${m}`) });
    if ('skipped' in result) run.skipped.push({ suite: suite.name, reason: result.skipped });
    else run.rows.push(...result);
  }
  io.out(values.json ? JSON.stringify(run, null, 2) : benchTable(run));
  fs.writeFileSync(values.doc, performanceDoc(run));
  io.err(`wrote ${values.doc}`);
  return 0;
}
