import type { ModelProvider } from '../../harness/model/model-provider.ts';
import { estimateTokens } from '../../harness/turn/turn-budget.ts';

export interface RequestMeter {
  estimatedInputTokens: number;
}

/**
 * Adds up the size of every request sent to the model (system, messages, tool definitions), so
 * tool-selection modes can be compared even with models that report no token usage.
 */
export function measuredProvider(inner: ModelProvider, meter: RequestMeter): ModelProvider {
  return {
    name: inner.name,
    model: inner.model,
    stream(request) {
      meter.estimatedInputTokens += estimateTokens(request.system) + estimateTokens(JSON.stringify(request.messages)) + estimateTokens(JSON.stringify(request.tools));
      return inner.stream(request);
    },
  };
}
