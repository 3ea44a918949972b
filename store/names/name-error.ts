/**
 * Errors raised when a dataset/task name does not follow the ePIC naming grammar.
 *
 * One error class with a stable `code` so MCP tools and the HTTP layer can map it without
 * string matching; `problem` narrows down which rule was broken for callers (and tests)
 * that want to react differently, while `reason` is written for a human in a chat window.
 */

export type NameProblem =
  | 'NOT_A_STRING'
  | 'EMPTY'
  | 'TOO_LONG'
  | 'ILLEGAL_CHARACTER'
  | 'EMPTY_SEGMENT'
  | 'MISSING_RUN'
  | 'DUPLICATE_RUN'
  | 'BAD_SCOPE'
  | 'BAD_VERSION'
  | 'BAD_DETECTOR_CONFIG'
  | 'BAD_TAG'
  | 'BAD_SAMPLE'
  | 'AMBIGUOUS_SUFFIX'
  | 'BAD_TRY'
  | 'BAD_BLOCK'
  | 'BAD_DID';

export interface InvalidNameErrorInit {
  /** The offending input (or, when formatting, the best-effort rendering of it). */
  name: string;
  problem: NameProblem;
  /** What is wrong and what is allowed; no trailing period (the message appends one). */
  reason: string;
  /** 0-based character offset into `name` of the offending part. */
  position?: number;
  /** The offending dot-segment (or character), verbatim. */
  segment?: string;
}

export class InvalidNameError extends Error {
  readonly code = 'INVALID_NAME' as const;
  /**
   * The offending input. This intentionally shadows `Error#name`: callers asked for the
   * input under `name`, and the class is identified by `code` / `instanceof` instead.
   */
  override readonly name: string;
  readonly problem: NameProblem;
  readonly reason: string;
  readonly position?: number;
  readonly segment?: string;

  constructor(init: InvalidNameErrorInit) {
    super(`Invalid name '${init.name}': ${init.reason}. See the naming grammar.`);
    this.name = init.name;
    this.problem = init.problem;
    this.reason = init.reason;
    if (init.position !== undefined) this.position = init.position;
    if (init.segment !== undefined) this.segment = init.segment;
  }

  /** Plain shape for MCP/HTTP error payloads (Error fields are not enumerable). */
  toJSON(): {
    code: 'INVALID_NAME';
    problem: NameProblem;
    name: string;
    reason: string;
    message: string;
    position?: number;
    segment?: string;
  } {
    return {
      code: this.code,
      problem: this.problem,
      name: this.name,
      reason: this.reason,
      message: this.message,
      ...(this.position !== undefined ? { position: this.position } : {}),
      ...(this.segment !== undefined ? { segment: this.segment } : {}),
    };
  }
}

export type NameError = InvalidNameError;

export type NameResult<T> = { ok: true; value: T } | { ok: false; error: NameError };
