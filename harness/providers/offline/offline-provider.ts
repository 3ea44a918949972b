import { emptyUsage, type ModelMessage, type ModelProvider, type ModelRequest, type ModelStreamEvent, type ToolResultBlock, type ToolUseBlock } from '../../model/model-provider.ts';
import { extractEntities } from './extract-entities.ts';
import type { OfflineRoute, PlannedCall } from './offline-route.ts';
import { OFFLINE_ROUTES } from './offline-routes.ts';

export const OFFLINE_MODEL = 'offline-v1';

/**
 * The deterministic model of the embedded default and the fallback when the model service fails.
 * It recognises common question shapes, calls the tools a human expert would, and answers with the
 * tools' own renderings under a one-line headline — so every number comes from a tool. A question it
 * cannot route gets a plain "cannot answer offline" and pointers, never a guess.
 */
export function createOfflineProvider(options: { baseUrl: string }): ModelProvider {
  return {
    name: 'offline',
    model: OFFLINE_MODEL,
    async *stream(request: ModelRequest): AsyncIterable<ModelStreamEvent> {
      const question = currentQuestion(request.messages);
      const entities = extractEntities(question);
      const route = chooseRoute(question, entities);
      const results = resultsSinceQuestion(request.messages);
      if (!route) {
        yield* text(cannotAnswer(options.baseUrl));
        return;
      }
      if (results.length === 0 && request.tools.length > 0) {
        const offered = new Set(request.tools.map((t) => t.name));
        const calls = route.plan(question, entities);
        const missing = calls.filter((c) => !offered.has(c.name)).map((c) => c.name);
        if (calls.length === 0 || missing.length > 0) {
          yield* text(missing.length > 0 ? `I can't answer that offline: the tools it needs (${missing.join(', ')}) are not available here.` : cannotAnswer(options.baseUrl));
          return;
        }
        yield* toolUses(calls, 1);
        return;
      }
      const madeFollowUp = results.some((r) => r.round > 1);
      const followUp = !madeFollowUp && route.followUp ? route.followUp(results.map((r) => ({ name: r.name, content: r.result.content, isError: r.result.is_error === true }))) : [];
      if (followUp.length > 0) {
        yield* toolUses(followUp, 2);
        return;
      }
      yield* text(compose(route, question, entities, results));
    },
  };
}

export function chooseRoute(question: string, entities = extractEntities(question)): OfflineRoute | undefined {
  let best: OfflineRoute | undefined;
  let bestScore = 0;
  for (const route of OFFLINE_ROUTES) {
    const score = route.score(question, entities);
    if (score > bestScore) {
      best = route;
      bestScore = score;
    }
  }
  return best;
}

/** The user's question: the last user text that is not a harness note, without the speaker header. */
function currentQuestion(messages: readonly ModelMessage[]): string {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i]!;
    if (message.role !== 'user') continue;
    const textBlock = message.content.find((b) => b.type === 'text');
    if (textBlock && textBlock.type === 'text' && !textBlock.text.startsWith('Grounding check failed')) {
      return textBlock.text.replace(/^\[[^\]]*\]\s*/, '');
    }
  }
  return '';
}

interface NamedResult {
  name: string;
  round: number;
  result: ToolResultBlock;
}

/** Tool results the harness returned after the question, paired with the tool names that produced them. */
function resultsSinceQuestion(messages: readonly ModelMessage[]): NamedResult[] {
  const names = new Map<string, string>();
  const results: NamedResult[] = [];
  for (const message of messages) {
    for (const block of message.content) {
      if (block.type === 'text' && message.role === 'user' && !block.text.startsWith('Grounding check failed')) results.length = 0;
      if (block.type === 'tool_use') names.set(block.id, block.name);
      if (block.type === 'tool_result') results.push({ name: names.get(block.tool_use_id) ?? 'tool', round: block.tool_use_id.startsWith('offline_r2_') ? 2 : 1, result: block });
    }
  }
  return results;
}

function compose(route: OfflineRoute, question: string, entities: ReturnType<typeof extractEntities>, results: NamedResult[]): string {
  const sections = results.map(({ name, result }) =>
    result.is_error ? `**${name}** could not answer: ${result.content}` : result.content.trim(),
  );
  return [route.headline(question, entities), ...sections].join('\n\n');
}

function cannotAnswer(baseUrl: string): string {
  // Examples show the shape with N for numbers: they are help text, not facts, and must not look like data.
  const examples = OFFLINE_ROUTES.slice(0, 8).map((r) => `- ${r.example.replace(/\d+(?:[x.]\d+)*/g, 'N')}`).join('\n');
  return (
    "I can't answer that offline: it doesn't match a question shape the offline model knows, and I won't guess. " +
    `Browse the production pages at ${baseUrl}/ or configure ANTHROPIC_API_KEY for open questions. Questions I can answer offline look like:\n${examples}`
  );
}

function* text(answer: string): Iterable<ModelStreamEvent> {
  for (const piece of answer.match(/[\s\S]{1,80}/g) ?? []) yield { type: 'text.delta', text: piece };
  yield { type: 'message.finished', stopReason: 'end_turn', usage: emptyUsage() };
}

function* toolUses(calls: PlannedCall[], round: number): Iterable<ModelStreamEvent> {
  for (const [index, call] of calls.entries()) {
    const block: ToolUseBlock = { type: 'tool_use', id: `offline_r${round}_${index}_${call.name}`, name: call.name, input: call.input };
    yield { type: 'tool_use', block };
  }
  yield { type: 'message.finished', stopReason: 'tool_use', usage: emptyUsage() };
}
