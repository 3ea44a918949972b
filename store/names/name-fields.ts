/**
 * Field-level rules of the naming grammar, shared by the parser and the formatter so that
 * anything the formatter accepts is exactly what the parser gives back.
 */

import type { NameProblem } from './name-error.ts';

/** Rucio's DID name limit; PanDA task names share it. */
export const MAX_NAME_LENGTH = 255;

/**
 * Scopes a composed name may start with. The parser needs the exact list to tell the scope
 * apart from the version (a scope may have any number of segments), so a new production
 * scope must be added here rather than accepted by pattern.
 */
export const ALLOWED_SCOPES: readonly string[] = Object.freeze(['group.EIC', 'group.EIC.evgen']);

export const VERSION_EXAMPLE = '26.07.1';
export const NAME_EXAMPLE = 'group.EIC.26.02.0.epic_craterlake.p3001.e1.s1.r1';

export interface Issue {
  problem: NameProblem;
  reason: string;
  /** Offset inside the checked text (callers add the text's own offset). */
  offset?: number;
  segment?: string;
}

const INT_RE = /^(0|[1-9][0-9]*)$/;
const DIGITS_RE = /^[0-9]+$/;
export const DETECTOR_CONFIG_RE = /^[A-Za-z][A-Za-z0-9_]*$/;
const SEGMENT_CHAR_RE = /^[A-Za-z0-9_+\-=]$/;

// Deliberately loose (any digits): a segment shaped like a suffix or tag is claimed by it
// and then validated, so `b01` is reported as a bad block instead of silently becoming sample text.
export const BLOCK_LIKE_RE = /^b[0-9]+$/;
export const TRY_LIKE_RE = /^try[0-9]+$/;
export const BACKGROUND_LIKE_RE = /^k[0-9]+$/;

export const RUN_LETTERS = ['p', 'e', 's', 'r'] as const;
export type RunLetter = (typeof RUN_LETTERS)[number];
const RUN_LIKE_RES: readonly RegExp[] = RUN_LETTERS.map((l) => new RegExp(`^${l}[0-9]+$`));

export const TAG_LABELS: Readonly<Record<RunLetter | 'k', string>> = {
  p: 'physics tag',
  e: 'evgen tag',
  s: 'simulation tag',
  r: 'reconstruction tag',
  k: 'background tag',
};

export function isRunLike(letterIndex: number, text: string | undefined): boolean {
  const re = RUN_LIKE_RES[letterIndex];
  return re !== undefined && text !== undefined && re.test(text);
}

/** Start indices of every complete `p<n>.e<n>.s<n>.r<n>` window. */
export function findRuns(segments: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + RUN_LETTERS.length <= segments.length; i++) {
    if (RUN_LETTERS.every((_, k) => isRunLike(k, segments[i + k]))) starts.push(i);
  }
  return starts;
}

export function scopeList(): string {
  return ALLOWED_SCOPES.map((s) => `'${s}'`).join(', ');
}

/**
 * Reads the integer after a one-letter (or `try`) prefix, e.g. `p3001` → 3001.
 * `what` names the thing for the reason text; `example` shows a well-formed value.
 */
export function parsePrefixedInt(
  text: string,
  prefix: string,
  what: string,
  example: string,
  problem: NameProblem,
): number | Issue {
  const digits = text.slice(prefix.length);
  if (!DIGITS_RE.test(digits)) {
    return { problem, reason: `${what} '${text}' must be ${prefix}<INT> (e.g. ${example})`, offset: 0, segment: text };
  }
  if (!INT_RE.test(digits)) {
    return {
      problem,
      reason: `${what} '${text}' has a leading zero; integers are written without leading zeros (e.g. ${example})`,
      offset: 0,
      segment: text,
    };
  }
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) {
    return { problem, reason: `${what} '${text}' is too large`, offset: 0, segment: text };
  }
  return value;
}

export function checkScope(scope: unknown): Issue | null {
  if (typeof scope === 'string' && ALLOWED_SCOPES.includes(scope)) return null;
  return {
    problem: 'BAD_SCOPE',
    reason: `scope '${String(scope)}' is not allowed; allowed scopes are ${scopeList()} (case-sensitive)`,
    segment: String(scope),
  };
}

export function checkVersion(version: unknown): Issue | null {
  const shape = `expected YY.MM.P like ${VERSION_EXAMPLE}`;
  if (typeof version !== 'string') {
    return { problem: 'BAD_VERSION', reason: `version must be a string; ${shape}` };
  }
  const fields = version.split('.');
  if (fields.length !== 3) {
    return {
      problem: 'BAD_VERSION',
      reason: `version '${version}' has ${fields.length} field(s); ${shape}`,
      segment: version,
    };
  }
  const [yy = '', mm = '', patch = ''] = fields;
  const mmOffset = yy.length + 1;
  const patchOffset = mmOffset + mm.length + 1;
  if (!/^[0-9]{2}$/.test(yy)) {
    return {
      problem: 'BAD_VERSION',
      reason: `version '${version}' has year '${yy}'; the year is two digits, ${shape}`,
      offset: 0,
      segment: yy,
    };
  }
  const month = Number(mm);
  if (!/^[0-9]{2}$/.test(mm) || month < 1 || month > 12) {
    return {
      problem: 'BAD_VERSION',
      reason: `version '${version}' has month ${mm === '' ? "''" : mm}; the month is two digits 01–12, ${shape}`,
      offset: mmOffset,
      segment: mm,
    };
  }
  if (!INT_RE.test(patch) || !Number.isSafeInteger(Number(patch))) {
    const why = DIGITS_RE.test(patch) && patch.length > 1 && patch.startsWith('0') ? 'has a leading zero' : 'is not a non-negative integer';
    return {
      problem: 'BAD_VERSION',
      reason: `version '${version}' has patch '${patch}', which ${why}; ${shape}`,
      offset: patchOffset,
      segment: patch,
    };
  }
  return null;
}

export function checkDetectorConfig(detectorConfig: unknown): Issue | null {
  if (typeof detectorConfig === 'string' && DETECTOR_CONFIG_RE.test(detectorConfig)) return null;
  const text = String(detectorConfig);
  const bad = [...text].find((ch) => !/[A-Za-z0-9_]/.test(ch));
  const what =
    text === ''
      ? 'is empty'
      : bad !== undefined
        ? `contains ${describeChar(bad)}`
        : 'does not start with a letter';
  return {
    problem: 'BAD_DETECTOR_CONFIG',
    reason: `detector config '${text}' ${what}; it is one segment: a letter, then letters, digits or '_' (e.g. epic_craterlake)`,
    segment: text,
  };
}

/** Tag values as given to the formatter (numbers, not text). */
export function checkTagValue(value: unknown, field: string, letter: string): Issue | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0)) return null;
  return {
    problem: 'BAD_TAG',
    reason: `${field} must be a non-negative integer (written ${letter}<INT>); got ${String(value)}`,
  };
}

/** Sample name as given to the formatter; the parser derives the same rules positionally. */
export function checkSampleName(sample: unknown): Issue | null {
  if (typeof sample !== 'string' || sample === '') {
    return {
      problem: 'BAD_SAMPLE',
      reason: `sample name must be a non-empty string (use null for no sample); got ${JSON.stringify(sample)}`,
    };
  }
  const charIssue = checkCharsAndSegments(sample, 0);
  if (charIssue) return { ...charIssue, reason: `sample name '${sample}': ${charIssue.reason}` };
  const segments = sample.split('.');
  const first = segments[0] ?? '';
  const last = segments[segments.length - 1] ?? '';
  if (BACKGROUND_LIKE_RE.test(first)) {
    return {
      problem: 'BAD_SAMPLE',
      reason: `sample name '${sample}' starts with '${first}', which would be read as the background tag; the first sample segment must not be k<INT>`,
      offset: 0,
      segment: first,
    };
  }
  if (BLOCK_LIKE_RE.test(last) || TRY_LIKE_RE.test(last)) {
    const kind = BLOCK_LIKE_RE.test(last) ? 'a block suffix (.b<N>)' : 'a retry suffix (.try<N>)';
    return {
      problem: 'AMBIGUOUS_SUFFIX',
      reason: `sample name '${sample}' ends with '${last}', which would be read as ${kind}; the last sample segment must not be b<INT> or try<INT>`,
      offset: sample.length - last.length,
      segment: last,
    };
  }
  const runs = findRuns(segments);
  if (runs.length > 0) {
    const at = runs[0] ?? 0;
    const run = segments.slice(at, at + RUN_LETTERS.length).join('.');
    return {
      problem: 'DUPLICATE_RUN',
      reason: `sample name '${sample}' contains the tag run '${run}'; p<INT>.e<INT>.s<INT>.r<INT> must occur exactly once in a name`,
      segment: run,
    };
  }
  return null;
}

export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  switch (ch) {
    case ' ':
      return "' ' (space)";
    case '\t':
      return "'\\t' (tab)";
    case '\n':
      return "'\\n' (newline)";
    case '\r':
      return "'\\r' (carriage return)";
    default:
      break;
  }
  if (cp < 0x20 || cp === 0x7f || /\s/u.test(ch)) return `${hex} (whitespace/control character)`;
  if (cp > 0x7e) return `'${ch}' (${hex})`;
  return `'${ch}'`;
}

/**
 * Character set and segment structure, checked before anything else so a stray space or
 * slash is reported as such rather than as a confusing structural error further on.
 * `base` is added to reported positions (the text may be the name part of a DID).
 */
export function checkCharsAndSegments(text: string, base: number): Issue | null {
  const allowed = "names use letters, digits, '_', '+', '-', '=' with '.' between segments";
  let segmentStart = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (ch === '.') {
      if (i === segmentStart) return emptySegment(text, i, base);
      segmentStart = i + 1;
    } else if (!SEGMENT_CHAR_RE.test(ch)) {
      const hint =
        ch === ':'
          ? " (':' only separates scope and name in a DID such as group.EIC:<name>.b1)"
          : ch === '/'
            ? ' (a name is not a path)'
            : '';
      return {
        problem: 'ILLEGAL_CHARACTER',
        reason: `character ${describeChar(ch)} at position ${base + i} is not allowed; ${allowed}${hint}`,
        offset: i,
        segment: ch,
      };
    }
    i += ch.length;
  }
  if (text.length === segmentStart) return emptySegment(text, text.length, base);
  return null;
}

function emptySegment(text: string, i: number, base: number): Issue {
  const where = i === 0 ? 'a leading dot' : i === text.length ? 'a trailing dot' : 'two dots in a row';
  return {
    problem: 'EMPTY_SEGMENT',
    reason: `empty segment at position ${base + i} (${where}); every dot-separated segment must be non-empty`,
    offset: i,
    segment: '',
  };
}
