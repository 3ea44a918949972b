import { AnthropicError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import { ModelUnavailableError } from '../../model/model-provider.ts';
import { ModelRequestError } from './model-request-error.ts';
import { StreamProtocolError } from './stream-protocol-error.ts';

/**
 * HTTP statuses the SDK itself retries (reference §5): reaching us means retries ran out, so the
 * service is unavailable for now. Every other 4xx is a refusal of the request as sent.
 */
function isTransientStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * A mid-stream `event: error` arrives after the 200, so the SDK reports it without a status. We
 * restore the status the same failure has as an HTTP response (reference §4) so callers see one
 * number for "overloaded" whichever way it arrived.
 */
const STATUS_OF_ERROR_TYPE: Record<string, number> = {
  overloaded_error: 529,
  api_error: 500,
  rate_limit_error: 429,
  timeout_error: 504,
};

/**
 * Translates whatever the SDK or the stream threw into the provider contract: the caller's own
 * abort stays an abort (no fallback for a cancelled turn), service failures become
 * ModelUnavailableError, refusals of our request become ModelRequestError. Anything else is a bug
 * on our side and is rethrown untouched.
 */
export function toModelError(error: unknown, signal: AbortSignal | undefined): unknown {
  if (signal?.aborted) return signal.reason;
  // Only our signal can abort an SDK request; kept so an abort is never mistaken for an outage.
  if (error instanceof APIUserAbortError) return error;
  if (error instanceof APIError) return fromApiError(error);
  if (error instanceof StreamProtocolError) return new ModelUnavailableError(`Anthropic stream broken: ${error.message}`, undefined, error);
  // The SDK throws a bare SyntaxError for a `data:` line that is not JSON: a malformed stream.
  if (error instanceof AnthropicError || error instanceof SyntaxError) {
    return new ModelUnavailableError(`Anthropic stream failed: ${error.message}`, undefined, error);
  }
  return error;
}

function fromApiError(error: APIError): Error {
  const requestId = error.requestID ?? null;
  const suffix = requestId ? ` (request-id ${requestId})` : '';
  if (error.status === undefined) {
    // Connection failures, timeouts, or an `event: error` in an already-started stream.
    const status = error.type ? STATUS_OF_ERROR_TYPE[error.type] : undefined;
    return new ModelUnavailableError(`Anthropic unavailable: ${error.message}${suffix}`, status, error);
  }
  if (isTransientStatus(error.status)) {
    return new ModelUnavailableError(`Anthropic unavailable after retries: ${error.message}${suffix}`, error.status, error);
  }
  return new ModelRequestError(`Anthropic refused the request: ${error.message}${suffix}`, error.status, error.type, requestId, error);
}
