import { evidenceNumbers, extractClaims, type NumberClaim } from './extract-claims.ts';

export interface GroundingReport {
  ok: boolean;
  unsupportedNumbers: string[];
  unsupportedIdentifiers: string[];
  checkedNumbers: number;
  checkedIdentifiers: number;
}

/**
 * Numbers too small to be a claim about production data ("2 sites", "top 3") are still checked:
 * the incumbent's failure mode was confident small counts. Only 0 and 1 are exempt, since they
 * appear in ordinary language ("one task", "no failures").
 */
const EXEMPT = new Set([0, 1]);

/**
 * Checks an answer against the evidence of this turn (tool results and the user's own message).
 * A number is supported when some evidence number equals it at the answer's precision, or equals it
 * as a fraction when the answer states a percentage (0.123 → "12.3%").
 */
export function checkGrounding(answer: string, evidence: readonly string[]): GroundingReport {
  const claims = extractClaims(answer);
  const corpus = evidence.join('\n');
  const available = evidenceNumbers(corpus);
  const unsupportedNumbers = claims.numbers.filter((claim) => !EXEMPT.has(claim.value) && !supported(claim, available)).map((c) => c.raw);
  const unsupportedIdentifiers = claims.identifiers.filter((id) => !corpus.includes(id));
  return {
    ok: unsupportedNumbers.length === 0 && unsupportedIdentifiers.length === 0,
    unsupportedNumbers: [...new Set(unsupportedNumbers)],
    unsupportedIdentifiers,
    checkedNumbers: claims.numbers.length,
    checkedIdentifiers: claims.identifiers.length,
  };
}

function supported(claim: NumberClaim, available: readonly number[]): boolean {
  const tolerance = 0.5 * 10 ** -claim.decimals + 1e-9;
  return available.some((value) => {
    if (Math.abs(value - claim.value) <= tolerance) return true;
    if (claim.percent && Math.abs(value * 100 - claim.value) <= tolerance) return true;
    return false;
  });
}
