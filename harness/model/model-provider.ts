/**
 * The one interface every model provider implements (anthropic, offline, scripted). Messages use
 * the Anthropic block shapes because they are the richest of the three and map 1:1 to the API;
 * the other providers produce the same shapes.
 */

export interface TextBlock {
  type: 'text';
  text: string;
}

export interface ToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: Record<string, unknown>;
}

export interface ToolResultBlock {
  type: 'tool_result';
  tool_use_id: string;
  content: string;
  is_error?: boolean;
}

export type ContentBlock = TextBlock | ToolUseBlock | ToolResultBlock;

export interface ModelMessage {
  role: 'user' | 'assistant';
  content: ContentBlock[];
}

export interface ToolDefinition {
  name: string;
  description: string;
  /** JSON Schema with `type: "object"`. */
  inputSchema: Record<string, unknown>;
}

export interface ModelRequest {
  system: string;
  messages: ModelMessage[];
  tools: ToolDefinition[];
  maxOutputTokens: number;
  signal?: AbortSignal;
}

export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
}

export type StopReason = 'end_turn' | 'tool_use' | 'max_tokens' | 'stop_sequence' | 'refusal' | 'pause_turn';

export type ModelStreamEvent =
  | { type: 'text.delta'; text: string }
  | { type: 'tool_use'; block: ToolUseBlock }
  | { type: 'message.finished'; stopReason: StopReason; usage: ModelUsage };

export interface ModelProvider {
  /** `anthropic`, `offline` or `scripted`. */
  readonly name: string;
  /** Model id recorded on each turn, e.g. `claude-sonnet-5-5` or `offline-v1`. */
  readonly model: string;
  /** Streams one model response; throws ModelUnavailableError when the service cannot answer. */
  stream(request: ModelRequest): AsyncIterable<ModelStreamEvent>;
}

/** The model service failed after its own retries: the harness may fall back to the offline provider. */
export class ModelUnavailableError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'ModelUnavailableError';
  }
}

export const emptyUsage = (): ModelUsage => ({ inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 0 });
