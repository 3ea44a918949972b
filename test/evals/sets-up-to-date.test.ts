import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSets, evalFacts } from '../../evals/build-sets.ts';
import { parseEvalSet } from '../../evals/sets/eval-item.ts';
import { useTestStore } from '../support/test-store.ts';
import { setFile } from './eval-support.ts';

describe('eval sets', () => {
  const store = useTestStore();

  it('the committed JSONL files are what the generator writes for the demo seed (run npx tsx evals/build-sets.ts)', async () => {
    const built = buildSets(await evalFacts(store()));
    for (const [name, text] of Object.entries(built)) expect(fs.readFileSync(setFile(name), 'utf8'), name).toBe(text);
  });

  it('the main set has at least 150 items over the question families of DOMAIN §10, the adversarial set its own', () => {
    const main = parseEvalSet(fs.readFileSync(setFile('main.jsonl'), 'utf8'), 'main.jsonl');
    expect(main.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(main.map((i) => i.category));
    for (const c of ['task-status', 'failures-by-site', 'dataset-location', 'campaign', 'tag-diff', 'tag', 'naming', 'changes', 'thread', 'action', 'unsupported']) expect(categories).toContain(c);
    const adversarial = parseEvalSet(fs.readFileSync(setFile('adversarial.jsonl'), 'utf8'), 'adversarial.jsonl');
    expect(new Set(adversarial.map((i) => i.category))).toEqual(new Set(['injection-data', 'injection-user', 'secret-request']));
  });

  it('a bad line is reported with its file and line number', () => {
    const good = JSON.stringify({ id: 'a-1', category: 'x', question: 'q', shape: 'unsupported' });
    expect(() => parseEvalSet(`${good}\n{"id":"b-1","category":"x"}\n`, 'bad.jsonl')).toThrow(/bad\.jsonl:2: question/);
    expect(() => parseEvalSet(`${good}\nnot json\n`, 'bad.jsonl')).toThrow(/bad\.jsonl:2: not JSON/);
    expect(() => parseEvalSet(`${good}\n${good}\n`, 'bad.jsonl')).toThrow(/duplicate id/);
  });
});
