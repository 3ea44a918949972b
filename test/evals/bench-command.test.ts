import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';

/** Benchmarks never assert timings: this only checks a tiny suite runs and the table is produced. */
describe('epic-assistant bench', () => {
  it('runs one small suite, prints the table and rewrites the performance doc', async () => {
    const doc = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'epic-bench-')), 'performance.md');
    const out: string[] = [];
    const code = await main(['bench', 'harness', '--scale', '0.05', '--doc', doc, '--memory'], { out: (l) => out.push(l), err: () => undefined });
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/\| harness \| runTurn overhead \| [\d.]+ \|/);
    expect(fs.readFileSync(doc, 'utf8')).toMatch(/^# Performance[\s\S]*\| suite \| operation \| p50 ms/);
    expect(await main(['bench', 'nope'], { out: () => undefined, err: () => undefined })).toBe(2);
  }, 120_000);
});
