import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { conversation, toolCall, turn } from '../../schema/conversations.ts';

export const SURFACES = ['mattermost', 'web', 'cli', 'api', 'eval'] as const;

const threadSchema = z.object({
  surface: z.enum(SURFACES),
  threadKey: z.string().min(1).max(200),
  channel: z.string().max(100).default(''),
  isDirect: z.boolean().default(false),
  startedBy: z.string().min(1).max(100),
});

export type ThreadInput = z.input<typeof threadSchema>;

/** Finds the conversation of a thread or starts it; concurrent first messages converge on one row. */
export async function openConversation(db: Executor, input: ThreadInput): Promise<{ id: string; created: boolean }> {
  const thread = threadSchema.parse(input);
  const inserted = await db
    .insert(conversation)
    .values({ id: randomUUID(), ...thread })
    .onConflictDoNothing({ target: [conversation.surface, conversation.threadKey] })
    .returning({ id: conversation.id });
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const [existing] = await db
    .select({ id: conversation.id })
    .from(conversation)
    .where(and(eq(conversation.surface, thread.surface), eq(conversation.threadKey, thread.threadKey)));
  if (!existing) throw new Error(`conversation ${thread.surface}:${thread.threadKey} vanished`);
  return { id: existing.id, created: false };
}

export interface PriorExchange {
  userText: string;
  answerText: string;
}

/** The last completed exchanges of a thread, oldest first, for the model's context. */
export async function loadHistory(db: Executor, conversationId: string, maxTurns: number): Promise<PriorExchange[]> {
  const rows = await db
    .select({ userText: turn.userText, answerText: turn.answerText })
    .from(turn)
    .where(and(eq(turn.conversationId, conversationId), sql`${turn.status} in ('completed', 'budget_exhausted')`))
    .orderBy(desc(turn.seq))
    .limit(maxTurns);
  return rows.reverse();
}

export interface StartTurnInput {
  conversationId: string;
  username: string;
  userText: string;
  provider: string;
  model: string;
}

/** Records the start of a turn; the sequence number is allocated in the insert so replicas never collide. */
export async function startTurn(db: Executor, input: StartTurnInput): Promise<{ id: string; seq: number }> {
  const id = randomUUID();
  const [row] = await db
    .insert(turn)
    .values({
      id,
      conversationId: input.conversationId,
      seq: sql`(select coalesce(max(${turn.seq}), 0) + 1 from ${turn} where ${turn.conversationId} = ${input.conversationId})`,
      username: input.username,
      userText: input.userText,
      provider: input.provider,
      model: input.model,
    })
    .returning({ id: turn.id, seq: turn.seq });
  if (!row) throw new Error('turn insert returned no row');
  return row;
}

export interface FinishTurnInput {
  turnId: string;
  status: 'completed' | 'failed' | 'cancelled' | 'budget_exhausted';
  answerText: string;
  provider: string;
  model: string;
  toolRounds: number;
  usage: { inputTokens: number; outputTokens: number; cacheReadTokens: number; cacheWriteTokens: number; costUsd: number };
  latencyMs: number;
  grounding: Record<string, unknown>;
  error?: string;
  toolCalls: { round: number; toolName: string; arguments: Record<string, unknown>; isError: boolean; evidenceId?: string; resultChars: number; durationMs: number }[];
}

/** Stores the outcome of a turn with its tool calls: the audit record of one answer. */
export async function finishTurn(db: Executor, input: FinishTurnInput): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(turn)
      .set({
        status: input.status,
        answerText: input.answerText,
        provider: input.provider,
        model: input.model,
        toolRounds: input.toolRounds,
        inputTokens: input.usage.inputTokens,
        outputTokens: input.usage.outputTokens,
        cacheReadTokens: input.usage.cacheReadTokens,
        cacheWriteTokens: input.usage.cacheWriteTokens,
        costUsd: input.usage.costUsd,
        latencyMs: Math.round(input.latencyMs),
        grounding: input.grounding,
        error: input.error ?? '',
        finishedAt: new Date(),
      })
      .where(eq(turn.id, input.turnId));
    if (input.toolCalls.length > 0) {
      await tx.insert(toolCall).values(
        input.toolCalls.map((c) => ({ turnId: input.turnId, round: c.round, toolName: c.toolName, arguments: c.arguments, isError: c.isError, evidenceId: c.evidenceId ?? null, resultChars: c.resultChars, durationMs: Math.round(c.durationMs) })),
      );
    }
  });
}

export async function getTurn(db: Executor, turnId: string) {
  const [row] = await db.select().from(turn).where(eq(turn.id, turnId));
  if (!row) return null;
  const calls = await db.select().from(toolCall).where(eq(toolCall.turnId, turnId)).orderBy(toolCall.id);
  return { ...row, toolCalls: calls };
}
