import type { MessageInBody, MessagesBody } from './messages-body-schema.ts';

/**
 * Cross-field rules of the Messages API that a schema cannot express. Each returns the API's
 * `invalid_request_error` message, or null when the body obeys the rule.
 */

type Block = Exclude<MessageInBody['content'], string>[number];

const blocksOf = (message: MessageInBody | undefined): Block[] =>
  !message || typeof message.content === 'string' ? [] : message.content;

/**
 * Reference §1: the message after an assistant turn holding tool_use blocks must be a user message
 * that begins with one tool_result per tool_use id (text only after them); a tool_result must
 * answer a tool_use of the assistant turn right before it.
 */
export function toolResultOrderViolation(messages: MessagesBody['messages']): string | null {
  for (const [index, message] of messages.entries()) {
    if (message.role === 'assistant') {
      const ids = blocksOf(message).flatMap((block) => (block.type === 'tool_use' ? [block.id] : []));
      if (ids.length === 0) continue;
      const next = messages[index + 1];
      const leading = leadingToolResultIds(next);
      const missing = ids.filter((id) => !leading.includes(id));
      if (next?.role !== 'user' || missing.length > 0) {
        return `messages.${index + 1}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`;
      }
    } else {
      const violation = userToolResultViolation(index, message, messages[index - 1]);
      if (violation) return violation;
    }
  }
  return null;
}

function leadingToolResultIds(message: MessageInBody | undefined): string[] {
  const ids: string[] = [];
  for (const block of blocksOf(message)) {
    if (block.type !== 'tool_result') break;
    ids.push(block.tool_use_id);
  }
  return ids;
}

function userToolResultViolation(index: number, message: MessageInBody, previous: MessageInBody | undefined): string | null {
  const asked = new Set(blocksOf(previous).flatMap((block) => (block.type === 'tool_use' ? [block.id] : [])));
  let seenOther = false;
  for (const [blockIndex, block] of blocksOf(message).entries()) {
    if (block.type !== 'tool_result') {
      seenOther = true;
      continue;
    }
    if (!asked.has(block.tool_use_id)) {
      return `messages.${index}.content.${blockIndex}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${block.tool_use_id}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`;
    }
    if (seenOther) return `messages.${index}.content.${blockIndex}: \`tool_result\` blocks must come before any other content in the message.`;
  }
  return null;
}

/** Reference §6: at most 4 cache breakpoints per request. */
export function cacheBreakpointViolation(body: MessagesBody): string | null {
  const marked = (blocks: { cache_control?: unknown }[] | undefined) => (blocks ?? []).filter((block) => block.cache_control != null).length;
  const count =
    marked(body.tools) +
    (typeof body.system === 'string' ? 0 : marked(body.system)) +
    body.messages.reduce((sum, message) => sum + marked(blocksOf(message)), 0) +
    (body.cache_control ? 1 : 0);
  return count > 4 ? `A maximum of 4 blocks with cache_control may be provided. Found ${count}.` : null;
}

/** Only the final assistant message (a prefill) may be empty. */
export function emptyContentViolation(messages: MessagesBody['messages']): string | null {
  for (const [index, message] of messages.entries()) {
    const isFinalAssistant = index === messages.length - 1 && message.role === 'assistant';
    if (message.content.length === 0 && !isFinalAssistant) {
      return `messages.${index}: all messages must have non-empty content except for the optional final assistant message`;
    }
  }
  return null;
}
