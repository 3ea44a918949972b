import { emptyUsage, type ModelProvider, type ModelRequest, type ModelStreamEvent, type ModelUsage, type ToolUseBlock } from '../model/model-provider.ts';

/** One scripted model response: text, tool calls, or both (text first, as real models do). */
export interface ScriptedResponse {
  text?: string;
  toolCalls?: { name: string; input: Record<string, unknown> }[];
  usage?: Partial<ModelUsage>;
  /** Wait before answering (to exercise wall-time budgets and cancellation). */
  delayMs?: number;
  /** Throw instead of answering (to exercise fallbacks). */
  error?: Error;
}

export type ScriptStep = ScriptedResponse | ((request: ModelRequest) => ScriptedResponse);

/**
 * A deterministic model for tests: replays a script, one step per model call, and records every
 * request it received so tests can assert what the harness sent.
 */
export function createScriptedProvider(steps: ScriptStep[], model = 'scripted-v1'): ModelProvider & { requests: ModelRequest[] } {
  const requests: ModelRequest[] = [];
  let callIndex = 0;
  return {
    name: 'scripted',
    model,
    requests,
    async *stream(request: ModelRequest): AsyncIterable<ModelStreamEvent> {
      requests.push(structuredClone({ ...request, signal: undefined }));
      const step = steps[Math.min(callIndex, steps.length - 1)];
      callIndex += 1;
      if (!step) throw new Error('scripted provider has no steps');
      const response = typeof step === 'function' ? step(request) : step;
      if (response.delayMs) await sleep(response.delayMs, request.signal);
      if (response.error) throw response.error;
      if (response.text) {
        // Stream in a few pieces so surfaces see deltas, as with a real model.
        for (const piece of response.text.match(/[\s\S]{1,40}/g) ?? []) yield { type: 'text.delta', text: piece };
      }
      const calls = response.toolCalls ?? [];
      for (const [index, call] of calls.entries()) {
        const block: ToolUseBlock = { type: 'tool_use', id: `toolu_${callIndex}_${index}`, name: call.name, input: call.input };
        yield { type: 'tool_use', block };
      }
      yield {
        type: 'message.finished',
        stopReason: calls.length > 0 ? 'tool_use' : 'end_turn',
        usage: { ...emptyUsage(), inputTokens: 100, outputTokens: 20, ...response.usage },
      };
    },
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    });
  });
}
