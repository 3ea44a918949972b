import { migrateStore } from '../../store/db/migrate.ts';
import { openStore } from '../../store/db/open-store.ts';
import { seedDatabase } from '../../store/seed/index.ts';
import { openBenchStore } from './bench-store.ts';
import { run as runHarnessBench } from './harness-bench.ts';
import { latencyStats } from './latency-stats.ts';
import { run as runMcpBench } from './mcp-bench.ts';
import { run as runRestBench } from './rest-bench.ts';

/** One line of the benchmark table: a measured operation and its same-run baseline. */
export interface BenchRow {
  suite: string;
  name: string;
  p50: number;
  p95: number | null;
  p99: number;
  baseline: string;
  baselineP50: number;
  /** p50 / baseline p50. */
  ratio: number;
}

export interface SuiteOptions {
  databaseUrl: string | undefined;
  /** Scales every suite's repetitions (1 = the default, smaller for a quick run). */
  scale: number;
  onProgress: (message: string) => void;
}

export interface Suite {
  name: string;
  summary: string;
  run(options: SuiteOptions): Promise<BenchRow[] | { skipped: string }>;
}

const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 0.001)) * 100) / 100;
const reps = (base: number, scale: number) => Math.max(1, Math.round(base * scale));

/** The suites `epic-assistant bench` knows, in the order they run. */
export const SUITES: Suite[] = [
  {
    name: 'seed',
    summary: 'demo seed on in-memory PGlite vs an empty migrate',
    async run({ scale, onProgress }) {
      const migrate: number[] = [];
      const seed: number[] = [];
      for (let i = 0; i < reps(2, scale); i += 1) {
        onProgress(`seed: round ${i + 1}`);
        const store = await openStore({ dataDir: 'memory' });
        let t = performance.now();
        await migrateStore(store);
        migrate.push(performance.now() - t);
        t = performance.now();
        await seedDatabase(store, { scale: 'demo', seed: 1, anchor: new Date('2026-11-23T06:00:00Z') });
        seed.push(performance.now() - t);
        await store.close();
      }
      const s = latencyStats(seed);
      const m = latencyStats(migrate);
      return [{ suite: 'seed', name: 'demo seed (PGlite)', p50: s.p50, p95: s.p95, p99: s.p99, baseline: 'empty migrate', baselineP50: m.p50, ratio: ratio(s.p50, m.p50) }];
    },
  },
  {
    name: 'harness',
    summary: 'harness overhead per turn (scripted model, real MCP tools) and offline answers',
    async run({ databaseUrl, scale, onProgress }) {
      const store = await openBenchStore(databaseUrl);
      try {
        onProgress('harness: turns');
        const r = await runHarnessBench({ store, iterations: reps(40, scale) });
        const base = r.overheadPerTurnMs;
        const row = (name: string, s: typeof base): BenchRow => ({ suite: 'harness', name, p50: s.p50, p95: s.p95, p99: s.p99, baseline: 'runTurn overhead', baselineP50: base.p50, ratio: ratio(s.p50, base.p50) });
        return [row('runTurn overhead', base), row('assistant.ask overhead', r.askOverheadMs), row('offline answer, end to end', r.offlineAnswerMs)];
      } finally {
        await store.close();
      }
    },
  },
  {
    name: 'mcp',
    summary: 'every MCP tool in-process vs its direct service call',
    async run({ databaseUrl, scale, onProgress }) {
      const r = await runMcpBench({ ...(databaseUrl ? { databaseUrl } : {}), iterations: reps(20, scale), onProgress });
      return r.timings.map((t) => ({ suite: 'mcp', name: t.tool, p50: t.p50, p95: null, p99: t.p99, baseline: 'direct service call', baselineP50: t.directP50, ratio: t.ratio }));
    },
  },
  {
    name: 'rest',
    summary: 'REST list/summary endpoints vs the same SQL (PostgreSQL only)',
    async run({ databaseUrl, scale, onProgress }) {
      if (!databaseUrl) return { skipped: 'needs DATABASE_URL (a seeded PostgreSQL)' };
      const rows = await runRestBench({ databaseUrl, iterations: reps(50, scale), onProgress });
      return rows.map((t) => ({ suite: 'rest', name: t.endpoint, p50: t.p50, p95: t.p95, p99: t.p99, baseline: 'direct SQL', baselineP50: t.sqlP50, ratio: t.ratio }));
    },
  },
];
