import { z } from 'zod';

/**
 * The part of the Messages API request body (reference §1) the fake enforces. Unknown fields pass:
 * the API accepts fields we do not model (thinking, output_config, citations, …); the fake only
 * rejects what the real API would reject for the fields it knows. Blocks use `z.object`, which
 * drops unknown keys from the parsed copy (the raw body is recorded separately), so the
 * discriminated union narrows cleanly.
 */

const cacheControl = z.strictObject({ type: z.literal('ephemeral'), ttl: z.enum(['5m', '1h']).optional() });

const textBlock = z.object({
  type: z.literal('text'),
  // The API answers 400 "text content blocks must be non-empty".
  text: z.string().min(1, 'text content blocks must be non-empty'),
  cache_control: cacheControl.nullish(),
});

const toolUseBlock = z.object({
  type: z.literal('tool_use'),
  id: z.string().min(1),
  name: z.string().min(1),
  input: z.record(z.string(), z.unknown()),
  cache_control: cacheControl.nullish(),
});

const toolResultBlock = z.object({
  type: z.literal('tool_result'),
  tool_use_id: z.string().min(1),
  content: z.union([z.string(), z.array(z.looseObject({ type: z.string() }))]).optional(),
  is_error: z.boolean().optional(),
  cache_control: cacheControl.nullish(),
});

// Block types the fake does not inspect but must not reject.
const passThroughBlock = <T extends string>(type: T) => z.object({ type: z.literal(type), cache_control: cacheControl.nullish() });

export const contentBlockSchema = z.discriminatedUnion('type', [
  textBlock,
  toolUseBlock,
  toolResultBlock,
  passThroughBlock('image'),
  passThroughBlock('document'),
  passThroughBlock('thinking'),
  passThroughBlock('redacted_thinking'),
]);

export const messageSchema = z.looseObject({
  role: z.enum(['user', 'assistant']),
  content: z.union([z.string(), z.array(contentBlockSchema)]),
});

export const toolSchema = z.looseObject({
  name: z.string().min(1),
  description: z.string().optional(),
  input_schema: z.looseObject({ type: z.literal('object') }),
  cache_control: cacheControl.nullish(),
});

export const messagesBodySchema = z.looseObject({
  model: z.string().min(1),
  max_tokens: z.number().int().nonnegative(),
  messages: z.array(messageSchema).max(100_000),
  system: z.union([z.string(), z.array(textBlock)]).optional(),
  tools: z.array(toolSchema).optional(),
  tool_choice: z.looseObject({ type: z.enum(['auto', 'any', 'tool', 'none']) }).optional(),
  stream: z.boolean().optional(),
  metadata: z.strictObject({ user_id: z.string().nullish() }).optional(),
  stop_sequences: z.array(z.string()).optional(),
  cache_control: cacheControl.optional(),
});

export type MessagesBody = z.infer<typeof messagesBodySchema>;
export type MessageInBody = z.infer<typeof messageSchema>;

/** Removed in API 2026-10-21: a 400 even at default values (reference §0). */
export const SAMPLING_PARAMS = ['temperature', 'top_p', 'top_k'] as const;
