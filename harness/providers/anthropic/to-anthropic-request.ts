import type {
  ContentBlockParam,
  MessageCreateParamsStreaming,
  MessageParam,
  TextBlockParam,
  Tool,
} from '@anthropic-ai/sdk/resources/messages';
import type { ContentBlock, ModelMessage, ModelRequest, ToolDefinition } from '../../model/model-provider.ts';

const EPHEMERAL = { type: 'ephemeral' } as const;

/**
 * Our request → Messages API body. Deliberately never sets `temperature`, `top_p` or `top_k`:
 * API version 2026-10-21 answers 400 to any of them, even at default values.
 *
 * Prompt caching: the cached prefix runs tools → system → messages, so one breakpoint on the last
 * tool caches the tool list and one on the system block caches tools + system. Both change only
 * when the deployment does, so every turn after the first reads them from the cache.
 */
export function toAnthropicRequest(request: ModelRequest, model: string): MessageCreateParamsStreaming {
  const body: MessageCreateParamsStreaming = {
    model,
    max_tokens: request.maxOutputTokens,
    messages: request.messages.map(toMessageParam),
    stream: true,
  };
  // The API rejects empty text blocks, so an empty system prompt is omitted rather than sent.
  if (request.system) body.system = [systemBlock(request.system)];
  if (request.tools.length > 0) body.tools = request.tools.map((tool, index) => toTool(tool, index === request.tools.length - 1));
  return body;
}

function systemBlock(text: string): TextBlockParam {
  return { type: 'text', text, cache_control: EPHEMERAL };
}

function toTool(tool: ToolDefinition, isLast: boolean): Tool {
  const converted: Tool = {
    name: tool.name,
    description: tool.description,
    // Our schemas are JSON Schema objects already; `type` is restated because the SDK type requires it.
    input_schema: { ...tool.inputSchema, type: 'object' },
  };
  if (isLast) converted.cache_control = EPHEMERAL;
  return converted;
}

function toMessageParam(message: ModelMessage): MessageParam {
  return { role: message.role, content: message.content.filter(isSendable).map(toBlockParam) };
}

// An empty text block is a 400 ("text content blocks must be non-empty"); a model turn that was
// only tool calls can leave one behind.
function isSendable(block: ContentBlock): boolean {
  return block.type !== 'text' || block.text.length > 0;
}

function toBlockParam(block: ContentBlock): ContentBlockParam {
  switch (block.type) {
    case 'text':
      return { type: 'text', text: block.text };
    case 'tool_use':
      return { type: 'tool_use', id: block.id, name: block.name, input: block.input };
    case 'tool_result':
      return {
        type: 'tool_result',
        tool_use_id: block.tool_use_id,
        content: block.content,
        ...(block.is_error === undefined ? {} : { is_error: block.is_error }),
      };
  }
}
