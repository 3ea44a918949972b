import fs from 'node:fs';
import path from 'node:path';
import type { ModelProvider } from '../harness/model/model-provider.ts';
import { createOfflineProvider } from '../harness/providers/offline/offline-provider.ts';
import type { ToolSelectionMode } from '../harness/tools/tool-selection.ts';
import type { Store } from '../store/db/database.ts';
import type { EvalReport } from './runner/eval-report.ts';
import { computeMetrics } from './runner/metrics.ts';
import { runEval } from './runner/run-eval.ts';
import { createAttackerModel, createRouterModel } from './runner/scripted-models.ts';
import { parseEvalSet, type EvalItem } from './sets/eval-item.ts';

export type EvalModel = 'offline' | 'scripted' | 'anthropic';

export interface RunSetOptions {
  store: Store;
  file: string;
  model: EvalModel;
  selection: ToolSelectionMode;
  /** Required for `anthropic` (the real provider, pointed at the API or a fake server). */
  anthropic?: () => ModelProvider;
  modelKey?: string;
  /** Run only the first N items (quick checks). */
  limit?: number;
  onProgress?: (done: number, total: number, itemId: string) => void;
}

/** Adversarial categories get the attacker script; all other items the router script. */
const ATTACK = /^(injection|secret)/;

function providerFor(options: RunSetOptions): (item: EvalItem) => ModelProvider {
  const offline = () => createOfflineProvider({ baseUrl: 'http://localhost:8080' });
  if (options.model === 'offline') return offline;
  if (options.model === 'scripted') return (item) => (ATTACK.test(item.category) ? createAttackerModel() : createRouterModel(offline()));
  const anthropic = options.anthropic;
  if (!anthropic) throw new Error('--model anthropic needs ANTHROPIC_API_KEY (and optionally ANTHROPIC_BASE_URL)');
  return () => anthropic();
}

/** Loads a set file, runs it, and returns the full report (metrics + every item). */
export async function runSetFile(options: RunSetOptions): Promise<EvalReport> {
  const items = parseEvalSet(fs.readFileSync(options.file, 'utf8'), options.file).slice(0, options.limit ?? Infinity);
  const set = path.basename(options.file).replace(/\.jsonl$/, '');
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const results = await runEval({
    store: options.store, setName: set, items, modelLabel: options.model, provider: providerFor(options), selection: options.selection,
    ...(options.modelKey ? { modelKey: options.modelKey } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { set, model: options.model, selection: options.selection, startedAt, durationMs: Math.round(performance.now() - started), metrics: computeMetrics(results), items: results };
}
