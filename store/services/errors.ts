/**
 * Domain errors carry a stable UPPER_SNAKE code (clients and models branch on it), a message a
 * human can act on, and structured details. Adapters map `kind` to their own status vocabulary
 * (HTTP status, MCP isError) — services never know about transports.
 */
export type DomainErrorKind = 'invalid' | 'not_found' | 'conflict' | 'gate' | 'forbidden' | 'unauthenticated';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class InvalidInputError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super('invalid', code, message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, key: string | number, hint = '') {
    super('not_found', `${entity.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_NOT_FOUND`, `${entity} ${JSON.stringify(key)} does not exist${hint ? `; ${hint}` : ''}`, {
      entity,
      key,
    });
  }
}

/** Optimistic concurrency and uniqueness conflicts: the caller must re-read and retry. */
export class ConflictError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super('conflict', code, message, details);
  }
}

/** A lifecycle gate refused a transition; `details.gate` names the gate that failed. */
export class GateError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown> & { gate: string }) {
    super('gate', code, message, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super('forbidden', code, message, details);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
