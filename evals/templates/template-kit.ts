import type { EvalItemInput } from '../sets/eval-item.ts';
import { familySize, type FactBook } from '../facts/summary-facts.ts';

/** Builds items with sequential ids per category, so regenerating keeps ids stable. */
export function itemCollector() {
  const items: EvalItemInput[] = [];
  const counters = new Map<string, number>();
  return {
    items,
    add(item: Omit<EvalItemInput, 'id'>) {
      const n = (counters.get(item.category) ?? 0) + 1;
      counters.set(item.category, n);
      items.push({ id: `${item.category}-${String(n).padStart(2, '0')}`, ...item });
    },
  };
}

/** Indices 0…min(size, max)-1 of a numbered fact family in this store. */
export function indices(facts: FactBook, family: string, max = Infinity): number[] {
  return Array.from({ length: Math.min(familySize(facts, family), max) }, (_v, i) => i);
}

/** Phrasing i of a list, cycling, so each entity gets a different wording. */
export const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
