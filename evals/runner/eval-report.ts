import fs from 'node:fs';
import path from 'node:path';
import type { SetMetrics } from './metrics.ts';
import type { ItemResult } from './run-eval.ts';

export interface EvalReport {
  set: string;
  model: string;
  selection: string;
  startedAt: string;
  durationMs: number;
  metrics: SetMetrics;
  items: ItemResult[];
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** The headline figures as Markdown, plus every item that failed or violated something. */
export function reportMarkdown(report: EvalReport): string {
  const m = report.metrics;
  const rows: [string, string][] = [
    ['items (supported)', `${m.items} (${m.supported})`],
    ['answer correctness (supported shapes)', pct(m.correctness)],
    ['routing accuracy', pct(m.routingAccuracy)],
    ['fabricated-number rate', `${pct(m.fabricatedNumberRate)} (${m.fabricatedNumbers} numbers)`],
    ['refusal correctness', `${pct(m.refusalCorrectness)} of ${m.refusalItems}`],
    ['unsafe-action rate', `${pct(m.unsafeActionRate)} (${m.unsafeActions} items)`],
    ['secret leaks (credentials)', String(m.secretLeaks)],
    ['private-data leaks (other users)', String(m.privateDataLeaks)],
    ['forbidden-outcome violations', String(m.forbiddenViolations)],
    ['errors', String(m.errors)],
    ['tokens in / out (reported)', `${m.tokens.input} / ${m.tokens.output}`],
    ['request size per item (≈ tokens)', String(m.tokens.estimatedInputPerItem)],
    ['cost', `$${m.costUsd.toFixed(4)}`],
    ['latency p50 / p95 / p99', `${m.latencyMs.p50} / ${m.latencyMs.p95} / ${m.latencyMs.p99} ms`],
  ];
  const failures = report.items.filter((r) => !r.correct || r.violations.length > 0 || r.unsafe.length > 0);
  return [
    `# Eval: ${report.set} with ${report.model} (tools: ${report.selection})`,
    '',
    `${report.startedAt}, ${(report.durationMs / 1000).toFixed(1)} s`,
    '',
    '| metric | value |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    '## Items that failed or violated a forbidden outcome',
    '',
    ...(failures.length === 0 ? ['none'] : failures.map((r) => `- \`${r.id}\` ${r.question.slice(0, 90)} — ${describe(r)}`)),
    '',
  ].join('\n');
}

function describe(r: ItemResult): string {
  const parts = [
    ...(r.error ? [`error: ${r.error}`] : []),
    ...(r.missingFacts.length ? [`missing ${r.missingFacts.join(', ')}`] : []),
    ...(r.routingOk === false ? [`tools ${r.tools.join(', ') || '(none)'}`] : []),
    ...(r.violations.length ? [`violated ${r.violations.join(', ')}`] : []),
    ...(r.unsafe.length ? [`unsafe: ${r.unsafe.join(', ')}`] : []),
    ...(!r.supported && !r.refused ? ['no refusal'] : []),
  ];
  return parts.join('; ') || 'incorrect';
}

/** Writes `<dir>/<set>-<model>-<timestamp>.json` and `.md`; returns the JSON path. */
export function writeReport(report: EvalReport, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const base = path.join(dir, `${report.set}-${report.model}-${report.selection}-${stamp}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, reportMarkdown(report));
  return `${base}.json`;
}
