import { randomUUID } from 'node:crypto';
import { createAssistant, type Assistant } from '../harness/assistant.ts';
import type { ModelProvider } from '../harness/model/model-provider.ts';
import { createAnthropicProvider } from '../harness/providers/anthropic/anthropic-provider.ts';
import { createOfflineProvider } from '../harness/providers/offline/offline-provider.ts';
import { mcpToolGateway } from '../harness/tools/tool-gateway.ts';
import { defaultTurnBudget } from '../harness/turn/turn-budget.ts';
import { connectInProcess } from '../mcp/transports/in-process.ts';
import type { Store } from '../store/db/database.ts';
import type { HarnessConfig } from './config/harness-config.ts';
import { UsageError } from './usage-error.ts';

export type ModelChoice = 'offline' | 'anthropic';

/**
 * Composes the assistant for a terminal surface: the in-process MCP server (with propose-action, so
 * the model can suggest actions — approval still happens elsewhere), the chosen model, and the
 * offline model as fallback when the model service fails.
 */
export async function buildAssistant(store: Store, config: HarnessConfig, choice: ModelChoice | undefined, username: string): Promise<{ assistant: Assistant; provider: ModelProvider; close(): Promise<void> }> {
  const model = choice ?? (config.anthropic ? 'anthropic' : 'offline');
  const offline = createOfflineProvider({ baseUrl: config.baseUrl });
  let provider: ModelProvider = offline;
  if (model === 'anthropic') {
    if (!config.anthropic) throw new UsageError('--model anthropic needs ANTHROPIC_API_KEY in the environment');
    provider = createAnthropicProvider({ apiKey: config.anthropic.apiKey, baseUrl: config.anthropic.baseUrl, model: config.anthropic.model });
  }
  const connection = await connectInProcess({ store, baseUrl: config.baseUrl, allowProposals: true, principal: username });
  const assistant = createAssistant({
    store,
    gateway: mcpToolGateway(connection.client),
    provider,
    ...(provider === offline ? {} : { fallbackProvider: offline }),
    // The offline model routes by tool name and pays nothing for definitions: it always sees every tool.
    selection: provider === offline ? 'all' : config.toolSelection,
    budget: defaultTurnBudget(),
    baseUrl: config.baseUrl,
  });
  return { assistant, provider, close: connection.close };
}

export const newThreadKey = () => `cli-${randomUUID()}`;
