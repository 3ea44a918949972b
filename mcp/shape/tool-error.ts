import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { isDomainError } from '../../store/services/errors.ts';
import { InvalidNameError } from '../../store/names/index.ts';

/** Hints appended per error kind: each says what call would succeed instead. */
const HINTS: Record<string, string> = {
  not_found: 'Check the identifier; use the matching list-* tool (e.g. list-panda-tasks, list-datasets, list-prod-tasks) to find valid values.',
  invalid: 'Fix the argument named above and call again.',
  conflict: 'Re-read the current state and retry.',
  gate: 'The current state does not allow this; read it with the matching get-* tool first.',
  forbidden: 'This server does not allow that operation.',
  unauthenticated: 'Authenticate and retry.',
};

/**
 * Errors a model can fix become isError results with guidance; anything else is a bug or a
 * misconfiguration and is rethrown (the SDK turns it into an error result without our wording).
 */
export function toolErrorResult(error: unknown): CallToolResult {
  if (error instanceof InvalidNameError) {
    return errorResult(`INVALID_NAME: ${error.message}. Read the resource epic://reference/naming-grammar for the grammar, or call parse-name to check a name.`, 'INVALID_NAME');
  }
  if (isDomainError(error)) {
    return errorResult(`${error.code}: ${error.message}. ${HINTS[error.kind] ?? ''}`.trim(), error.code);
  }
  throw error;
}

export function errorResult(text: string, code: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text }], _meta: { error_code: code } };
}
