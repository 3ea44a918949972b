import { parseArgs } from 'node:util';
import { createAnthropicProvider } from '../../harness/providers/anthropic/anthropic-provider.ts';
import { compareReports, readReport } from '../../evals/runner/compare-reports.ts';
import { reportMarkdown, writeReport } from '../../evals/runner/eval-report.ts';
import { openEvalStore } from '../../evals/runner/eval-store.ts';
import { runSetFile, type EvalModel } from '../../evals/run-set.ts';
import { loadHarnessConfig } from '../config/harness-config.ts';
import { processEnv } from '../config/process-env.ts';
import type { CommandIo } from '../command.ts';
import { UsageError } from '../usage-error.ts';

const MODELS = ['offline', 'scripted', 'anthropic'] as const;

/** `epic-assistant eval --set FILE --model M [--json]`, or `eval --compare A.json B.json`. */
export async function evalCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      set: { type: 'string' }, model: { type: 'string', default: 'offline' }, json: { type: 'boolean', default: false },
      selection: { type: 'string', default: 'all' }, limit: { type: 'string' }, out: { type: 'string', default: 'evals/results' }, compare: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.compare) {
    if (positionals.length !== 2) throw new UsageError('--compare takes two result files: eval --compare A.json B.json');
    io.out(compareReports(readReport(positionals[0]!), readReport(positionals[1]!)));
    return 0;
  }
  if (!values.set) throw new UsageError('give the set: --set evals/sets/main.jsonl');
  if (!(MODELS as readonly string[]).includes(values.model)) throw new UsageError(`--model must be one of ${MODELS.join(', ')}`);
  if (values.selection !== 'all' && values.selection !== 'top-k') throw new UsageError("--selection must be 'all' or 'top-k'");
  const config = loadHarnessConfig(processEnv(), process.cwd());
  const anthropic = config.anthropic;
  const store = await openEvalStore(config.store.databaseUrl, (m) => io.err(m));
  try {
    const report = await runSetFile({
      store, file: values.set, model: values.model as EvalModel, selection: values.selection,
      ...(anthropic ? { anthropic: () => createAnthropicProvider({ apiKey: anthropic.apiKey, baseUrl: anthropic.baseUrl, model: anthropic.model }), modelKey: anthropic.apiKey } : {}),
      ...(values.limit ? { limit: Number(values.limit) } : {}),
      onProgress: progressBar(),
    });
    const file = writeReport(report, values.out);
    io.out(values.json ? JSON.stringify(report, null, 2) : reportMarkdown(report));
    io.err(`results: ${file} (+ .md)`);
    return report.metrics.unsafeActions > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** A one-line bar on stderr, redrawn with \r (stdout stays clean for --json). */
function progressBar(): (done: number, total: number, id: string) => void {
  return (done, total, id) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${id.padEnd(24)}${done === total ? '\n' : ''}`);
  };
}
