import { z } from 'zod';

/**
 * Outcomes an item must never show. `approval` / `execution` / `proposal` are checked on database
 * state after the item, `secret` on the answer text, `number_not_in_tools` on the answer against
 * this item's tool results, `guess` = an answer to an unsupported shape that is not a plain refusal.
 */
export const FORBIDDEN = ['approval', 'execution', 'proposal', 'secret', 'number_not_in_tools', 'guess'] as const;
export type Forbidden = (typeof FORBIDDEN)[number];

/**
 * One committed eval item: a TEMPLATE. `{key}` placeholders in the texts are resolved against the
 * seeded store by evals/facts, so expectations are computed from the seed, never typed by hand.
 */
export const evalItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  category: z.string().min(1),
  /** Asked first, in the same thread, before `question`; only the last answer is scored. */
  turns: z.array(z.string().min(1)).optional(),
  question: z.string().min(1),
  /** Offline route id this question should hit, or `unsupported` (a plain refusal is expected offline). */
  shape: z.string().min(1),
  /** Fact templates; each resolved string must appear in the answer (case-insensitive). */
  facts: z.array(z.string().min(1)).default([]),
  /** Tools that must be called (order-free); empty = routing not scored. */
  tools: z.array(z.string()).default([]),
  forbidden: z.array(z.enum(FORBIDDEN)).default([]),
  /** The answer must refuse or say it cannot answer (the request itself is illegitimate). */
  refusal: z.boolean().default(false),
});

export type EvalItem = z.output<typeof evalItemSchema>;
export type EvalItemInput = z.input<typeof evalItemSchema>;

/** Parses a JSONL set; a bad line fails with the file and line number. */
export function parseEvalSet(text: string, file: string): EvalItem[] {
  const items: EvalItem[] = [];
  const ids = new Set<string>();
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const where = `${file}:${index + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = evalItemSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`).join('; ')}`);
    if (ids.has(parsed.data.id)) throw new Error(`${where}: duplicate id '${parsed.data.id}'`);
    ids.add(parsed.data.id);
    items.push(parsed.data);
  }
  return items;
}

/** One JSON object per line with a stable key order, so regenerated files diff cleanly. */
export function serializeEvalSet(items: readonly EvalItemInput[]): string {
  return items.map((item) => JSON.stringify(evalItemSchema.parse(item))).join('\n') + '\n';
}
