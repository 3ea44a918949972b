/**
 * The Messages API refused the request itself (400 invalid_request_error, 401 authentication,
 * 403 permission, 404 unknown model, 413 too large, …). Unlike ModelUnavailableError this is not
 * transient: the SDK does not retry it, and the harness must not fall back to the offline provider
 * as if the service were down — that would hide a bug in how we build requests (400) or a broken
 * deployment (401/403/404) behind plausible-looking offline answers. Surface it instead.
 */
export class ModelRequestError extends Error {
  constructor(
    message: string,
    /** HTTP status of the refusal. */
    readonly status: number,
    /** `error.type` from the API's error body, e.g. `invalid_request_error`. */
    readonly errorType: string | null,
    /** The API's `request-id`, to quote when asking Anthropic about the failure. */
    readonly requestId: string | null,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'ModelRequestError';
  }
}
