import { z } from 'zod';

/** Limits for one user turn; when one runs out the harness asks for a final answer without tools. */
export const turnBudgetSchema = z.object({
  /** Model ↔ tool round trips; the incumbent used 10. */
  maxToolRounds: z.number().int().min(0).max(50).default(8),
  maxInputTokens: z.number().int().positive().default(200_000),
  maxOutputTokens: z.number().int().positive().default(8_000),
  /** Output tokens per model response. */
  maxTokensPerResponse: z.number().int().positive().default(4_096),
  wallTimeMs: z.number().int().positive().default(90_000),
  /** Tool result text beyond this many (approximate) tokens is cut, with a pointer to the full evidence. */
  toolResultTokenCap: z.number().int().positive().default(2_500),
});

export type TurnBudget = z.infer<typeof turnBudgetSchema>;

export const defaultTurnBudget = (): TurnBudget => turnBudgetSchema.parse({});

/** A cheap, provider-independent token estimate (≈ 4 characters per token for English and JSON). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
