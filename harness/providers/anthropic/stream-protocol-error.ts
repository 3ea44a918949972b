/**
 * The response stream broke the Messages API's SSE contract (ended before `message_stop`, a tool
 * input that is not a JSON object, …). The service answered but not usably, so the provider
 * reports it as ModelUnavailableError like any other service failure.
 */
export class StreamProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StreamProtocolError';
  }
}
