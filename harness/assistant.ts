import type { Store } from '../store/db/database.ts';
import { finishTurn, loadHistory, openConversation, startTurn, type ThreadInput } from '../store/services/conversations/conversation-service.ts';
import type { ModelMessage, ModelProvider } from './model/model-provider.ts';
import { SYSTEM_PROMPT, userTurnHeader } from './prompts/system-prompt.ts';
import { citationsOf, renderAnswerMarkdown, type Citation } from './render-answer.ts';
import type { ToolGateway } from './tools/tool-gateway.ts';
import { createToolSelector, type ToolSelectionMode } from './tools/tool-selection.ts';
import type { HarnessEvent } from './turn/harness-events.ts';
import { runTurn, type TurnResult } from './turn/run-turn.ts';
import type { TurnBudget } from './turn/turn-budget.ts';

export interface AssistantDeps {
  store: Store;
  gateway: ToolGateway;
  provider: ModelProvider;
  fallbackProvider?: ModelProvider;
  selection: ToolSelectionMode;
  budget: TurnBudget;
  baseUrl: string;
  /** Prior exchanges of the thread given to the model. */
  historyTurns?: number;
  now?: () => Date;
}

export interface AskInput {
  thread: ThreadInput;
  username: string;
  text: string;
  signal?: AbortSignal;
  onEvent?: (event: HarnessEvent) => void;
}

export interface AskResult extends TurnResult {
  turnId: string;
  conversationId: string;
  citations: Citation[];
  /** The answer with its sources, ready to post. */
  markdown: string;
  latencyMs: number;
}

/**
 * The surface-independent entry point: thread state from the store, one harness turn, and the
 * audit record written back, so any replica can continue the thread.
 */
export function createAssistant(deps: AssistantDeps) {
  const now = deps.now ?? (() => new Date());
  let selectorPromise: Promise<ReturnType<typeof createToolSelector>> | undefined;
  const selector = () => (selectorPromise ??= deps.gateway.list().then((catalog) => createToolSelector(catalog, deps.selection)));

  return {
    async ask(input: AskInput): Promise<AskResult> {
      const started = performance.now();
      const { id: conversationId } = await openConversation(deps.store.db, input.thread);
      const history = await loadHistory(deps.store.db, conversationId, deps.historyTurns ?? 6);
      const turn = await startTurn(deps.store.db, { conversationId, username: input.username, userText: input.text, provider: deps.provider.name, model: deps.provider.model });
      const userText = `${userTurnHeader({ username: input.username, channel: input.thread.channel ?? '', isDirect: input.thread.isDirect ?? false, now: now() })} ${input.text}`;
      const catalog = await deps.gateway.list();
      try {
        const result = await runTurn({
          provider: deps.provider,
          ...(deps.fallbackProvider ? { fallbackProvider: deps.fallbackProvider } : {}),
          gateway: deps.gateway,
          tools: (await selector()).select(input.text),
          ...(deps.selection === 'top-k' ? { catalog } : {}),
          system: SYSTEM_PROMPT,
          history: toMessages(history),
          userText,
          budget: deps.budget,
          ...(input.signal ? { signal: input.signal } : {}),
          ...(input.onEvent ? { onEvent: input.onEvent } : {}),
        });
        const latencyMs = performance.now() - started;
        const citations = citationsOf(result.toolOutcomes, deps.baseUrl);
        await finishTurn(deps.store.db, {
          turnId: turn.id,
          status: result.status,
          answerText: result.answer,
          provider: result.provider,
          model: result.model,
          toolRounds: result.toolRounds,
          usage: result.usage,
          latencyMs,
          grounding: { ...result.grounding, regenerated: result.regenerated },
          toolCalls: result.toolOutcomes.map((o) => ({ round: o.round, toolName: o.name, arguments: o.arguments, isError: o.isError, ...(o.evidenceId ? { evidenceId: o.evidenceId } : {}), resultChars: o.text.length, durationMs: o.durationMs })),
        });
        return { ...result, turnId: turn.id, conversationId, citations, markdown: renderAnswerMarkdown(result.answer, citations), latencyMs };
      } catch (error) {
        await finishTurn(deps.store.db, {
          turnId: turn.id, status: 'failed', answerText: '', provider: deps.provider.name, model: deps.provider.model, toolRounds: 0,
          usage: { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 0 },
          latencyMs: performance.now() - started, grounding: {}, error: error instanceof Error ? error.message : String(error), toolCalls: [],
        });
        throw error;
      }
    },
  };
}

export type Assistant = ReturnType<typeof createAssistant>;

function toMessages(history: { userText: string; answerText: string }[]): ModelMessage[] {
  return history.flatMap((h): ModelMessage[] => [
    { role: 'user', content: [{ type: 'text', text: h.userText }] },
    { role: 'assistant', content: [{ type: 'text', text: h.answerText }] },
  ]);
}
