/**
 * (Re)writes evals/sets/*.jsonl from the template generators over the demo seed (seed 1, anchor
 * 2026-11-23T06:00:00Z). The committed files are templates; expected values are resolved at run
 * time from whatever store the runner uses.
 *
 *   npx tsx evals/build-sets.ts
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Store } from '../store/db/database.ts';
import { loadFactBook, type FactBook } from './facts/fact-book.ts';
import { plantAdversarialData } from './runner/plant-adversarial.ts';
import { openEvalStore } from './runner/eval-store.ts';
import { serializeEvalSet } from './sets/eval-item.ts';
import { adversarialSet } from './templates/adversarial-set.ts';
import { mainSet } from './templates/main-set.ts';

export const SET_DIR = new URL('./sets/', import.meta.url);

/** The set files' contents, by file name, for the facts of a seeded (and planted) store. */
export function buildSets(facts: FactBook): Record<string, string> {
  return { 'main.jsonl': serializeEvalSet(mainSet(facts)), 'adversarial.jsonl': serializeEvalSet(adversarialSet(facts)) };
}

/** The fact book of an eval store: seed facts plus the adversarial plants. */
export async function evalFacts(store: Store): Promise<FactBook> {
  const facts = await loadFactBook(store);
  return new Map([...facts, ...(await plantAdversarialData(store, facts))]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const store = await openEvalStore(undefined);
  try {
    for (const [name, text] of Object.entries(buildSets(await evalFacts(store)))) {
      fs.writeFileSync(new URL(name, SET_DIR), text);
      process.stdout.write(`wrote evals/sets/${name} (${text.trim().split('\n').length} items)\n`);
    }
  } finally {
    await store.close();
  }
}
