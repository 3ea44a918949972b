/**
 * Pulls the checkable claims out of an answer: numbers and production identifiers. Markdown link
 * targets are skipped (they are our own URLs), and so are list markers like "1." at a line start.
 */
export interface Claims {
  numbers: NumberClaim[];
  identifiers: string[];
}

export interface NumberClaim {
  raw: string;
  value: number;
  decimals: number;
  percent: boolean;
}

const LINK_TARGET = /\]\([^)]*\)/g;
const URL = /https?:\/\/\S+/g;
const LIST_MARKER = /^\s*\d+[.)]\s/gm;
const IDENTIFIER = /\b(?:group\.EIC(?:\.evgen)?(?::group\.EIC(?:\.evgen)?)?\.\d{2}\.\d{2}\.\d+\.[A-Za-z][\w]*\.p\d+\.e\d+\.s\d+\.r\d+(?:\.[\w+\-=]+)*|(?:cp|ap)-\d+|pc\d+|[pesrk]\d{1,5}(?=\b))/g;
// A number stands alone: not glued to letters on either side (hex ids, UUIDs, "23T12" in timestamps).
const NUMBER = /(?<![\w.-])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?(?!\w|\.\d)|(?<![\w.-])-?\d+(?:\.\d+)?%?(?!\w|\.\d)/g;

export function stripUnverifiable(answer: string): string {
  return answer.replace(LINK_TARGET, ']').replace(URL, '').replace(LIST_MARKER, '');
}

export function extractClaims(answer: string): Claims {
  const text = stripUnverifiable(answer);
  const identifiers = [...new Set(text.match(IDENTIFIER) ?? [])];
  // Identifiers carry digits of their own; remove them before looking for free-standing numbers.
  const withoutIds = identifiers.reduce((acc, id) => acc.split(id).join(' '), text);
  const numbers: NumberClaim[] = [];
  for (const raw of withoutIds.match(NUMBER) ?? []) {
    const percent = raw.endsWith('%');
    const digits = raw.replace(/[,%]/g, '');
    const value = Number(digits);
    if (!Number.isFinite(value)) continue;
    const dot = digits.indexOf('.');
    numbers.push({ raw, value, decimals: dot < 0 ? 0 : digits.length - dot - 1, percent });
  }
  return { numbers, identifiers };
}

/** Every number that appears anywhere in a piece of evidence (text or JSON), commas removed. */
export function evidenceNumbers(text: string): number[] {
  const cleaned = text.replace(/(\d),(?=\d{3}\b)/g, '$1');
  return (cleaned.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi) ?? []).map(Number).filter(Number.isFinite);
}
