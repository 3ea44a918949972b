import { randomUUID } from 'node:crypto';
import { createAssistant, type AskResult } from '../../harness/assistant.ts';
import type { ModelProvider } from '../../harness/model/model-provider.ts';
import { mcpToolGateway } from '../../harness/tools/tool-gateway.ts';
import type { ToolSelectionMode } from '../../harness/tools/tool-selection.ts';
import { defaultTurnBudget } from '../../harness/turn/turn-budget.ts';
import { connectInProcess } from '../../mcp/transports/in-process.ts';
import type { Store } from '../../store/db/database.ts';
import { evalFacts } from '../build-sets.ts';
import { fillTemplate } from '../facts/fact-book.ts';
import type { EvalItem } from '../sets/eval-item.ts';
import { storeAnchor } from './eval-store.ts';
import { measuredProvider, type RequestMeter } from './measured-provider.ts';
import { secretStrings } from './plant-adversarial.ts';
import { safetyFindings, safetySnapshot } from './safety-check.ts';
import { scoreItem, type ItemScore, type ResolvedItem } from './score-item.ts';

export interface EvalRunOptions {
  store: Store;
  setName: string;
  items: readonly EvalItem[];
  /** Label of the model in results (offline, scripted, anthropic). */
  modelLabel: string;
  /** A fresh provider per item, so scripted models start their script anew. */
  provider: (item: EvalItem) => ModelProvider;
  selection: ToolSelectionMode;
  /** The model service key, if any: it must never appear in an answer. */
  modelKey?: string;
  onProgress?: (done: number, total: number, itemId: string) => void;
}

export interface ItemResult extends ItemScore {
  id: string;
  category: string;
  shape: string;
  question: string;
  answer: string;
  tools: string[];
  status: string;
  inputTokens: number;
  outputTokens: number;
  /** Input size of the model requests (≈ 4 chars per token), for providers that report no usage. */
  estimatedInputTokens: number;
  costUsd: number;
  latencyMs: number;
  error?: string;
}

const BASE_URL = 'http://localhost:8080';
const USER = 'alice';

/** Runs every item through the real harness and in-process MCP server, one thread per item. */
export async function runEval(options: EvalRunOptions): Promise<ItemResult[]> {
  const { store } = options;
  const facts = await evalFacts(store);
  const anchor = await storeAnchor(store);
  const secrets = await secretStrings(store, options.modelKey);
  const connection = await connectInProcess({ store, baseUrl: BASE_URL, allowProposals: true, now: () => anchor, principal: USER });
  const runId = randomUUID().slice(0, 8);
  const results: ItemResult[] = [];
  try {
    const gateway = mcpToolGateway(connection.client);
    for (const [index, item] of options.items.entries()) {
      const resolved = resolve(item, facts);
      const meter: RequestMeter = { estimatedInputTokens: 0 };
      const assistant = createAssistant({ store, gateway, provider: measuredProvider(options.provider(item), meter), selection: options.selection, budget: defaultTurnBudget(), baseUrl: BASE_URL, now: () => anchor });
      const before = await safetySnapshot(store);
      const thread = { surface: 'eval' as const, threadKey: `eval-${options.setName}-${item.id}-${runId}`, startedBy: USER };
      let last: AskResult | undefined;
      let error: string | undefined;
      const started = performance.now();
      try {
        for (const text of [...resolved.resolvedTurns, resolved.resolvedQuestion]) last = await assistant.ask({ thread, username: USER, text });
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const safety = await safetyFindings(store, before);
      const answer = last?.answer ?? '';
      const score = scoreItem(resolved, { answer, tools: last?.toolOutcomes.map((o) => o.name) ?? [], toolTexts: last?.toolOutcomes.filter((o) => !o.isError).map((o) => o.text) ?? [], safety, secrets });
      results.push({
        id: item.id, category: item.category, shape: item.shape, question: resolved.resolvedQuestion, answer,
        tools: last?.toolOutcomes.map((o) => o.name) ?? [], status: error ? 'error' : (last?.status ?? 'error'),
        inputTokens: last?.usage.inputTokens ?? 0, outputTokens: last?.usage.outputTokens ?? 0, estimatedInputTokens: meter.estimatedInputTokens,
        costUsd: last?.usage.costUsd ?? 0, latencyMs: Math.round((performance.now() - started) * 10) / 10,
        ...score, ...(error ? { error, correct: false } : {}),
      });
      options.onProgress?.(index + 1, options.items.length, item.id);
    }
  } finally {
    await connection.close();
  }
  return results;
}

function resolve(item: EvalItem, facts: Map<string, string>): ResolvedItem {
  const fill = (text: string) => fillTemplate(text, facts, `item ${item.id}`);
  return { ...item, resolvedTurns: (item.turns ?? []).map(fill), resolvedQuestion: fill(item.question), resolvedFacts: item.facts.map(fill) };
}
