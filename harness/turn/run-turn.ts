import { checkGrounding, type GroundingReport } from '../grounding/grounding-check.ts';
import { emptyUsage, ModelUnavailableError, type ModelMessage, type ModelProvider, type ModelUsage, type ToolDefinition } from '../model/model-provider.ts';
import type { ToolGateway, ToolOutcome } from '../tools/tool-gateway.ts';
import { addUsage, collectResponse } from './collect-response.ts';
import type { HarnessEvent, TurnStatus } from './harness-events.ts';
import { runToolRound, type RoundOutcome } from './run-tool-round.ts';
import type { TurnBudget } from './turn-budget.ts';

export interface RunTurnInput {
  provider: ModelProvider;
  /** Used for the whole turn when the primary provider's service is unavailable (the offline model). */
  fallbackProvider?: ModelProvider;
  gateway: ToolGateway;
  /** The tools offered to the model this turn (all, or a relevance-selected subset). */
  tools: ToolDefinition[];
  /** Every tool `select-tools` may load; set when `tools` is a subset. */
  catalog?: ToolDefinition[];
  system: string;
  history: ModelMessage[];
  userText: string;
  budget: TurnBudget;
  signal?: AbortSignal;
  onEvent?: (event: HarnessEvent) => void;
}

export interface TurnResult {
  status: TurnStatus;
  answer: string;
  usage: ModelUsage;
  toolRounds: number;
  toolOutcomes: RoundOutcome[];
  grounding: GroundingReport;
  provider: string;
  model: string;
  regenerated: boolean;
  error?: string;
}

const GROUNDING_RETRY = (report: GroundingReport) =>
  `Grounding check failed: ${[...report.unsupportedNumbers, ...report.unsupportedIdentifiers].join(', ')} ` +
  'do not appear in any tool result of this turn. Rewrite the answer using only values returned by tools ' +
  '(call a tool if you need a value). Do not mention this check.';

/**
 * One user turn: model ↔ tools until the model answers, a budget runs out, or the caller cancels.
 * The answer is then checked against this turn's evidence; an ungrounded answer is regenerated once
 * and, if still ungrounded, returned with the unsupported values flagged.
 */
export async function runTurn(input: RunTurnInput): Promise<TurnResult> {
  try {
    return await runWith(input.provider, input);
  } catch (error) {
    if (error instanceof ModelUnavailableError && input.fallbackProvider) return runWith(input.fallbackProvider, input);
    throw error;
  }
}

async function runWith(provider: ModelProvider, input: RunTurnInput): Promise<TurnResult> {
  const { budget } = input;
  const emit = input.onEvent ?? (() => undefined);
  const deadline = AbortSignal.timeout(budget.wallTimeMs);
  const signal = input.signal ? AbortSignal.any([input.signal, deadline]) : deadline;
  const messages: ModelMessage[] = [...input.history, { role: 'user', content: [{ type: 'text', text: input.userText }] }];
  const offered = [...input.tools];
  const allowedTools = new Set(offered.map((t) => t.name));
  const outcomes: RoundOutcome[] = [];
  let usage = emptyUsage();
  let rounds = 0;
  let regenerated = false;
  let status: TurnStatus = 'completed';
  let answer = '';

  const finish = (final: TurnStatus, text: string, error?: string): TurnResult => {
    const grounding = checkGrounding(text, evidenceOf(input.userText, outcomes));
    const flagged = grounding.ok || !text ? text : `${text}\n\n⚠ Not found in this answer's tool results: ${[...grounding.unsupportedNumbers, ...grounding.unsupportedIdentifiers].join(', ')}.`;
    emit({ type: 'turn.finished', status: final, answer: flagged, usage, toolRounds: rounds });
    return { status: final, answer: flagged, usage, toolRounds: rounds, toolOutcomes: outcomes, grounding, provider: provider.name, model: provider.model, regenerated, ...(error ? { error } : {}) };
  };

  try {
    for (;;) {
      const exhausted = budgetExhausted(budget, usage, rounds);
      const response = await collectResponse(
        provider,
        {
          system: exhausted ? `${input.system}\n\nThe budget for this question is used up: answer now with what the tool results show, and say what is missing.` : input.system,
          messages,
          tools: exhausted ? [] : offered,
          maxOutputTokens: budget.maxTokensPerResponse,
          signal,
        },
        emit,
      );
      usage = addUsage(usage, response.usage);
      messages.push({ role: 'assistant', content: [...(response.text ? [{ type: 'text' as const, text: response.text }] : []), ...response.toolUses] });
      if (exhausted) status = 'budget_exhausted';
      if (response.toolUses.length === 0 || exhausted) {
        answer = response.text;
        const report = checkGrounding(answer, evidenceOf(input.userText, outcomes));
        if (report.ok || regenerated || status !== 'completed' || budgetExhausted(budget, usage, rounds)) break;
        regenerated = true;
        messages.push({ role: 'user', content: [{ type: 'text', text: GROUNDING_RETRY(report) }] });
        continue;
      }
      rounds += 1;
      const round = await runToolRound(response.toolUses, input.gateway, { round: rounds, tokenCap: budget.toolResultTokenCap, signal, emit, allowedTools, ...(input.catalog ? { catalog: input.catalog } : {}) });
      outcomes.push(...round.outcomes);
      for (const tool of round.loaded) {
        if (!allowedTools.has(tool.name)) offered.push(tool);
        allowedTools.add(tool.name);
      }
      messages.push({ role: 'user', content: round.results });
    }
  } catch (error) {
    if (input.signal?.aborted) return finish('cancelled', answer || 'Cancelled.');
    if (deadline.aborted) return finish('budget_exhausted', `${answer}\n\nI ran out of time for this question after ${rounds} tool round(s); ask again more narrowly.`.trim());
    throw error;
  }
  return finish(status, answer);
}

function budgetExhausted(budget: TurnBudget, usage: ModelUsage, rounds: number): boolean {
  return rounds >= budget.maxToolRounds || usage.inputTokens >= budget.maxInputTokens || usage.outputTokens >= budget.maxOutputTokens;
}

/** Everything an answer may draw on: the user's own words and every tool result of this turn. */
function evidenceOf(userText: string, outcomes: readonly ToolOutcome[]): string[] {
  return [userText, ...outcomes.flatMap((o) => [o.text, o.structured ? JSON.stringify(o.structured) : ''])];
}
