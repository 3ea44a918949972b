/** What the fake answers to the next valid request; tests queue these in order. */
export type ScriptedResponse =
  | {
      /** Replay `test/fixtures/anthropic/<sse>.sse`. */
      sse: string;
      /** Send this many events, then an `event: error` of this type and close (reference §3). */
      errorAfterEvents?: { count: number; type: string; message: string };
      /** Send this many events, then hold the connection open until the client goes away. */
      stallAfterEvents?: number;
      /** Send this many events, then end the body early (a dropped connection after the 200). */
      cutAfterEvents?: number;
    }
  | {
      /** Answer with `test/fixtures/anthropic/errors/<error>.json`. */
      error: string;
      /** Extra or replacement headers; `null` removes one of the fixture's headers. */
      headers?: Record<string, string | null>;
    };

/** One request as it reached the fake, valid or not. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  /** `x-stainless-retry-count`: 0 on the first attempt, 1 on the first retry, … */
  retryCount: number | undefined;
  /** What the fake answered. */
  status: number;
}
