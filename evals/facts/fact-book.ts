import type { Store } from '../../store/db/database.ts';
import { readSeedSummary } from '../../store/db/reset-store.ts';
import type { SeedSummary } from '../../store/seed/index.ts';
import { sqlFacts } from './sql-facts.ts';
import { summaryFacts, type FactBook } from './summary-facts.ts';

export type { FactBook } from './summary-facts.ts';

/** Every fact the eval templates may name, computed from the seeded store. */
export async function loadFactBook(store: Store): Promise<FactBook> {
  const truth = (await readSeedSummary(store)) as unknown as SeedSummary | null;
  if (!truth) throw new Error(`${store.location} holds no seed_summary: seed it first (epic-assistant seed)`);
  return new Map([...summaryFacts(truth), ...(await sqlFacts(store))]);
}

const PLACEHOLDER = /\{([a-z0-9_.]+)\}/g;

/** Replaces `{key}` with its fact; an unknown key is an error naming the template. */
export function fillTemplate(template: string, facts: FactBook, where: string): string {
  return template.replace(PLACEHOLDER, (_m, key: string) => {
    const value = facts.get(key);
    if (value === undefined) throw new Error(`${where}: no fact '${key}' in this store`);
    return value;
  });
}
