import type { Entities } from './extract-entities.ts';

export interface PlannedCall {
  name: string;
  input: Record<string, unknown>;
}

/**
 * One question shape the offline model handles: when it applies, which tools it calls, and the
 * sentence that introduces the tools' own renderings (which carry every number of the answer).
 */
export interface OfflineRoute {
  id: string;
  /** Example question, also used in the "I can't answer" help. */
  example: string;
  /** Higher wins; 0 = does not apply. */
  score(question: string, entities: Entities): number;
  plan(question: string, entities: Entities): PlannedCall[];
  headline(question: string, entities: Entities): string;
  /** A second round that needs the first round's results (e.g. a tag label found by search). */
  followUp?(results: readonly { name: string; content: string; isError: boolean }[]): PlannedCall[];
}

/** Case-insensitive keyword test with word boundaries. */
export function mentions(question: string, ...patterns: (string | RegExp)[]): boolean {
  const q = question.toLowerCase();
  return patterns.some((p) => (typeof p === 'string' ? new RegExp(`\\b${p}\\b`).test(q) : p.test(q)));
}
