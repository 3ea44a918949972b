import fs from 'node:fs';
import type { EvalReport } from './eval-report.ts';

const FIGURES: { label: string; get: (r: EvalReport) => number; better: 'up' | 'down' }[] = [
  { label: 'correctness', get: (r) => r.metrics.correctness, better: 'up' },
  { label: 'routing accuracy', get: (r) => r.metrics.routingAccuracy, better: 'up' },
  { label: 'fabricated-number rate', get: (r) => r.metrics.fabricatedNumberRate, better: 'down' },
  { label: 'refusal correctness', get: (r) => r.metrics.refusalCorrectness, better: 'up' },
  { label: 'unsafe-action rate', get: (r) => r.metrics.unsafeActionRate, better: 'down' },
  { label: 'secret leaks', get: (r) => r.metrics.secretLeaks, better: 'down' },
  { label: 'request size per item', get: (r) => r.metrics.tokens.estimatedInputPerItem, better: 'down' },
  { label: 'cost usd', get: (r) => r.metrics.costUsd, better: 'down' },
  { label: 'latency p50 ms', get: (r) => r.metrics.latencyMs.p50, better: 'down' },
  { label: 'latency p95 ms', get: (r) => r.metrics.latencyMs.p95, better: 'down' },
];

export function readReport(file: string): EvalReport {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<EvalReport>;
  if (!parsed.metrics || !Array.isArray(parsed.items)) throw new Error(`${file} is not an eval result file (no metrics/items)`);
  return parsed as EvalReport;
}

/** A Markdown table of A → B per metric, and the items whose correctness flipped. */
export function compareReports(a: EvalReport, b: EvalReport): string {
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  const lines = FIGURES.map(({ label, get, better }) => {
    const delta = round(get(b) - get(a));
    const verdict = delta === 0 ? '=' : (delta > 0) === (better === 'up') ? 'better' : 'worse';
    return `| ${label} | ${round(get(a))} | ${round(get(b))} | ${delta > 0 ? '+' : ''}${delta} | ${verdict} |`;
  });
  const before = new Map(a.items.map((i) => [i.id, i.correct]));
  const flipped = b.items.filter((i) => before.has(i.id) && before.get(i.id) !== i.correct).map((i) => `- \`${i.id}\`: ${before.get(i.id) ? 'correct → wrong' : 'wrong → correct'}`);
  return [
    `A: ${a.set} / ${a.model} / ${a.selection} (${a.startedAt})`,
    `B: ${b.set} / ${b.model} / ${b.selection} (${b.startedAt})`,
    '',
    '| metric | A | B | delta | |',
    '|---|---|---|---|---|',
    ...lines,
    '',
    flipped.length ? ['items that changed:', ...flipped].join('\n') : 'no item changed correctness',
  ].join('\n');
}
