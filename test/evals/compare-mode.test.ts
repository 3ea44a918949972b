import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { writeReport } from '../../evals/runner/eval-report.ts';
import { runSetFile } from '../../evals/run-set.ts';
import { useTestStore } from '../support/test-store.ts';
import { setFile } from './eval-support.ts';

describe('eval --compare', () => {
  const store = useTestStore();

  it('prints per-metric deltas between two result files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'epic-eval-'));
    const a = writeReport(await runSetFile({ store: store(), file: setFile('main.jsonl'), model: 'offline', selection: 'all', limit: 12 }), dir);
    const b = writeReport(await runSetFile({ store: store(), file: setFile('main.jsonl'), model: 'scripted', selection: 'top-k', limit: 12 }), dir);
    expect(fs.existsSync(a.replace(/\.json$/, '.md'))).toBe(true);
    const out: string[] = [];
    const code = await main(['eval', '--compare', a, b], { out: (l) => out.push(l), err: () => undefined });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/\| correctness \| 1 \| 1 \| 0 \| = \|/);
    expect(text).toMatch(/\| request size per item \| \d+ \| \d+ \| -\d+ \| better \|/);
    expect(await main(['eval', '--compare', a], { out: () => undefined, err: () => undefined })).toBe(2);
  });
});
