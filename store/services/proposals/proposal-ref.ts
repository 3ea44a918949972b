import { InvalidInputError } from '../errors.ts';

/** `ap-7` / `cp-12` → prefix and id; the prefix must match the action family (cp = propagation). */
export function parseProposalRef(ref: string): { prefix: 'ap' | 'cp'; id: number } {
  const match = /^(ap|cp)-([1-9][0-9]*)$/.exec(ref.trim().toLowerCase());
  if (!match) throw new InvalidInputError('INVALID_PROPOSAL_REF', `'${ref}' is not a proposal ref; refs look like ap-7 or cp-12 (list-proposals shows them)`, { ref });
  return { prefix: match[1] as 'ap' | 'cp', id: Number(match[2]) };
}

export function canonicalPayload(payload: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(payload).sort(([a], [b]) => (a < b ? -1 : 1))));
}
