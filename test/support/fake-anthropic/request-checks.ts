import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import { cacheBreakpointViolation, emptyContentViolation, toolResultOrderViolation } from './conversation-rules.ts';
import { messagesBodySchema, SAMPLING_PARAMS, type MessagesBody } from './messages-body-schema.ts';

export const API_VERSION = '2026-10-21';

/** An error answer the way the API gives it: status plus `error.type` and `error.message`. */
export interface ApiRefusal {
  status: number;
  type: string;
  message: string;
}

const invalid = (message: string): ApiRefusal => ({ status: 400, type: 'invalid_request_error', message });

/** Reference §0/§1: either auth header (x-api-key wins if both), and the pinned API version. */
export function checkHeaders(headers: IncomingHttpHeaders, apiKey: string): ApiRefusal | null {
  const xApiKey = headers['x-api-key'];
  const authorization = headers.authorization;
  const presented = typeof xApiKey === 'string' ? xApiKey : authorization?.match(/^Bearer (.+)$/)?.[1];
  if (presented === undefined) return { status: 401, type: 'authentication_error', message: 'x-api-key or Authorization: Bearer header is required' };
  if (presented !== apiKey) return { status: 401, type: 'authentication_error', message: 'invalid x-api-key' };
  const version = headers['anthropic-version'];
  if (version === undefined) return invalid('anthropic-version: header is required');
  if (version !== API_VERSION) return invalid(`anthropic-version: "${String(version)}" is not a valid version`);
  if (!headers['content-type']?.startsWith('application/json')) return invalid('content-type must be application/json');
  return null;
}

export function checkBody(raw: string): { body: MessagesBody } | { refusal: ApiRefusal } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { refusal: invalid('There was an error parsing the body of your request as JSON') };
  }
  if (typeof json === 'object' && json !== null) {
    const sent = SAMPLING_PARAMS.filter((param) => param in json);
    if (sent.length > 0) return { refusal: invalid(`${sent.join(', ')}: not supported in anthropic-version ${API_VERSION}`) };
  }
  const parsed = messagesBodySchema.safeParse(json);
  if (!parsed.success) return { refusal: invalid(describeIssue(parsed.error.issues[0])) };
  const rule = emptyContentViolation(parsed.data.messages) ?? toolResultOrderViolation(parsed.data.messages) ?? cacheBreakpointViolation(parsed.data);
  return rule ? { refusal: invalid(rule) } : { body: parsed.data };
}

// The API words a missing field as "<path>: Field required".
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid request body';
  const path = issue.path.join('.');
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  return `${path}: ${missing ? 'Field required' : issue.message}`;
}
