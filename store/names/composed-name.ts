/**
 * ePIC composed names: parse, format and validate dataset / task / DID / LFN names.
 *
 * The grammar is summarised in grammar-text.ts. Parsing is anchored on the single
 * `p<n>.e<n>.s<n>.r<n>` run because the scope and the sample may both contain dots; the
 * terminal `.try<N>` / `.b<N>` suffixes are stripped first so a sample can never swallow them.
 */

import { InvalidNameError, type NameProblem, type NameResult } from './name-error.ts';
import {
  ALLOWED_SCOPES,
  BACKGROUND_LIKE_RE,
  BLOCK_LIKE_RE,
  MAX_NAME_LENGTH,
  NAME_EXAMPLE,
  RUN_LETTERS,
  TAG_LABELS,
  TRY_LIKE_RE,
  VERSION_EXAMPLE,
  checkCharsAndSegments,
  checkDetectorConfig,
  checkSampleName,
  checkScope,
  checkTagValue,
  checkVersion,
  findRuns,
  isRunLike,
  parsePrefixedInt,
  scopeList,
  type Issue,
} from './name-fields.ts';

export interface ComposedName {
  scope: string;
  /** YY.MM.P, e.g. 26.02.0. */
  detectorVersion: string;
  /** e.g. epic_craterlake. */
  detectorConfig: string;
  physicsTag: number;
  evgenTag: number;
  simuTag: number;
  recoTag: number;
  backgroundTag: number | null;
  /** Verbatim remainder after the tags; may contain dots. */
  sampleName: string | null;
}

export type PhysicalName = ComposedName & {
  /** null = first attempt (which carries no suffix); otherwise ≥ 2. */
  tryNumber: number | null;
  /** null = no block (task name / outDS); otherwise ≥ 1. */
  block: number | null;
};

export type BlockDid = { kind: 'block'; scope: string; physical: PhysicalName & { block: number } };
export type LogDid = { kind: 'log'; scope: string; outDs: PhysicalName & { block: null } };
export type ParsedDid = BlockDid | LogDid;

export interface TerminalSuffixes {
  base: string;
  tryNumber: number | null;
  block: number | null;
}

export const PANDAID_PLACEHOLDER = '$PANDAID';
export const SN_PLACEHOLDER = '${SN}';

// ---------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------

interface Segment {
  readonly text: string;
  /** Absolute offset in the input (which may be a whole DID). */
  readonly pos: number;
}

interface StrippedSuffixes {
  base: Segment[];
  tryNumber: number | null;
  block: number | null;
  trySeg?: Segment;
  blockSeg?: Segment;
}

type Context = { kind: 'composed' } | { kind: 'physical'; trySeg?: Segment; blockSeg?: Segment };

function fail(input: string, problem: NameProblem, reason: string, at?: Segment | number, segment?: string): never {
  const position = typeof at === 'number' ? at : at?.pos;
  throw new InvalidNameError({
    name: input,
    problem,
    reason,
    ...(position !== undefined ? { position } : {}),
    ...(segment !== undefined ? { segment } : typeof at === 'object' ? { segment: at.text } : {}),
  });
}

function failIssue(input: string, issue: Issue, base: number): never {
  throw new InvalidNameError({
    name: input,
    problem: issue.problem,
    reason: issue.reason,
    ...(issue.offset !== undefined ? { position: base + issue.offset } : {}),
    ...(issue.segment !== undefined ? { segment: issue.segment } : {}),
  });
}

function requireString(value: unknown): string {
  if (typeof value === 'string') return value;
  throw new InvalidNameError({
    name: String(value),
    problem: 'NOT_A_STRING',
    reason: `expected a name string, got ${value === null ? 'null' : typeof value}`,
  });
}

/** Checks that apply to the whole name before any structure is assumed. */
function checkWhole(input: string, start: number, end: number): void {
  const length = end - start;
  if (length === 0) fail(input, 'EMPTY', `name is empty; expected e.g. ${NAME_EXAMPLE}`, start);
  if (length > MAX_NAME_LENGTH) {
    fail(input, 'TOO_LONG', `name is ${length} characters long; the limit is ${MAX_NAME_LENGTH}`, start);
  }
  const issue = checkCharsAndSegments(input.slice(start, end), start);
  if (issue) failIssue(input, issue, start);
}

function toSegments(input: string, start: number, end: number): Segment[] {
  const segments: Segment[] = [];
  let pos = start;
  for (const text of input.slice(start, end).split('.')) {
    segments.push({ text, pos });
    pos += text.length + 1;
  }
  return segments;
}

function join(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('.');
}

/** Right to left: `.b<N>` first, then `.try<N>`; anything suffix-shaped must be valid. */
function stripSuffixes(input: string, segments: readonly Segment[]): StrippedSuffixes {
  let end = segments.length;
  const out: StrippedSuffixes = { base: [], tryNumber: null, block: null };
  const blockSeg = segments[end - 1];
  if (end > 1 && blockSeg && BLOCK_LIKE_RE.test(blockSeg.text)) {
    out.block = readBlock(input, blockSeg);
    out.blockSeg = blockSeg;
    end--;
  }
  const trySeg = segments[end - 1];
  if (end > 1 && trySeg && TRY_LIKE_RE.test(trySeg.text)) {
    out.tryNumber = readTry(input, trySeg);
    out.trySeg = trySeg;
    end--;
  }
  out.base = segments.slice(0, end);
  return out;
}

function readBlock(input: string, seg: Segment): number {
  const value = parsePrefixedInt(seg.text, 'b', 'block suffix', 'b1, b2', 'BAD_BLOCK');
  if (typeof value !== 'number') failIssue(input, value, seg.pos);
  if (value < 1) fail(input, 'BAD_BLOCK', `block suffix '${seg.text}' is invalid; blocks count from b1`, seg);
  return value;
}

function readTry(input: string, seg: Segment): number {
  const value = parsePrefixedInt(seg.text, 'try', 'retry suffix', 'try2, try3', 'BAD_TRY');
  if (typeof value !== 'number') failIssue(input, value, seg.pos);
  if (value === 1) {
    fail(input, 'BAD_TRY', `retry suffix '${seg.text}' is invalid; the first attempt has no suffix, retries are try2, try3, …`, seg);
  }
  if (value < 1) fail(input, 'BAD_TRY', `retry suffix '${seg.text}' is invalid; attempts count from 1 and retries are try2, try3, …`, seg);
  return value;
}

function readTag(input: string, seg: Segment, letter: keyof typeof TAG_LABELS): number {
  const value = parsePrefixedInt(seg.text, letter, TAG_LABELS[letter], `${letter}1, ${letter}3001`, 'BAD_TAG');
  if (typeof value !== 'number') failIssue(input, value, seg.pos);
  return value;
}

function describeMissingRun(input: string, segments: readonly Segment[]): never {
  // Report the longest partial run: that is almost always the one the author meant.
  let best: { start: number; first: number; length: number } | null = null;
  for (let i = 0; i < segments.length; i++) {
    for (let first = 0; first < RUN_LETTERS.length; first++) {
      if (!isRunLike(first, segments[i]?.text)) continue;
      let length = 1;
      while (first + length < RUN_LETTERS.length && isRunLike(first + length, segments[i + length]?.text)) length++;
      if (!best || length > best.length) best = { start: i, first, length };
    }
  }
  const shape = 'a name needs exactly one tag run p<INT>.e<INT>.s<INT>.r<INT> (e.g. p3001.e1.s1.r1) after the detector config';
  if (!best) fail(input, 'MISSING_RUN', `no tag run found; ${shape}`);
  const found = segments.slice(best.start, best.start + best.length);
  const foundText = join(found);
  const firstSeg = found[0];
  if (best.first > 0) {
    const missing = RUN_LETTERS[best.first - 1] ?? 'p';
    fail(input, 'MISSING_RUN', `tag run is incomplete: expected ${missing}<INT> before '${foundText}'; ${shape}`, firstSeg, foundText);
  }
  const expected = RUN_LETTERS[best.length] ?? 'r';
  const next = segments[best.start + best.length];
  const got = next ? `found '${next.text}'` : 'the name ends';
  fail(input, 'MISSING_RUN', `tag run is incomplete: after '${foundText}' expected ${expected}<INT> but ${got}; ${shape}`, next ?? firstSeg, foundText);
}

function longestKnownScope(prefix: readonly Segment[]): number {
  let best = 0;
  for (const scope of ALLOWED_SCOPES) {
    const parts = scope.split('.');
    if (parts.length > best && parts.length <= prefix.length && parts.every((p, i) => prefix[i]?.text === p)) {
      best = parts.length;
    }
  }
  return best;
}

/**
 * The grammar puts the scope before exactly four segments (YY.MM.P.dconf). When the
 * segment count is off, say which of scope / version / dconf is wrong instead of blaming
 * whatever the count happens to land on.
 */
function describeBadPrefix(input: string, prefix: readonly Segment[], runSeg: Segment): never {
  const known = longestKnownScope(prefix);
  const grammarScope = prefix.slice(0, Math.max(0, prefix.length - 4));
  if (known === 0) {
    if (grammarScope.length === 0) {
      fail(input, 'BAD_SCOPE', `missing scope; a name starts with one of ${scopeList()}, then YY.MM.P.dconf (e.g. ${NAME_EXAMPLE})`, 0);
    }
    const scope = join(grammarScope);
    fail(input, 'BAD_SCOPE', `scope '${scope}' is not allowed; allowed scopes are ${scopeList()} (case-sensitive)`, 0, scope);
  }
  const scope = join(prefix.slice(0, known));
  const middle = prefix.slice(known);
  let digits = 0;
  while (digits < middle.length && /^[0-9]+$/.test(middle[digits]?.text ?? '')) digits++;
  const shape = `expected scope.YY.MM.P.dconf before '${runSeg.text}' (e.g. ${NAME_EXAMPLE})`;
  if (digits === 0 && middle.length > 4) {
    const bad = join(grammarScope);
    fail(input, 'BAD_SCOPE', `scope '${bad}' is not allowed; allowed scopes are ${scopeList()} (case-sensitive)`, 0, bad);
  }
  if (digits === 0) {
    const after = middle[0];
    fail(input, 'BAD_VERSION', `version is missing after scope '${scope}'${after ? ` (found '${after.text}')` : ''}; ${shape}`, after ?? runSeg);
  }
  if (digits !== 3) {
    const version = join(middle.slice(0, digits));
    fail(input, 'BAD_VERSION', `version '${version}' has ${digits} field(s); expected YY.MM.P like ${VERSION_EXAMPLE}`, middle[0], version);
  }
  const rest = middle.slice(3);
  if (rest.length === 0) fail(input, 'BAD_DETECTOR_CONFIG', `detector config is missing; ${shape}`, runSeg);
  const dconf = join(rest);
  fail(input, 'BAD_DETECTOR_CONFIG', `detector config '${dconf}' must be a single segment (e.g. epic_craterlake); ${shape}`, rest[0], dconf);
}

function describeTrailingSuffix(input: string, last: Segment, context: Context): never {
  const isBlock = BLOCK_LIKE_RE.test(last.text);
  if (context.kind === 'composed') {
    const kind = isBlock ? 'a block suffix (.b<N>)' : 'a retry suffix (.try<N>)';
    fail(
      input,
      'AMBIGUOUS_SUFFIX',
      `'${last.text}' at the end reads as ${kind}; a composed name carries no try/block suffix and its sample name must not end in b<INT> or try<INT> (parse it as a physical name or DID instead)`,
      last,
    );
  }
  const { trySeg, blockSeg } = context;
  if (isBlock && blockSeg) {
    fail(input, 'AMBIGUOUS_SUFFIX', `only one block suffix is allowed, but '${last.text}' precedes '${blockSeg.text}'; a sample name must not end in b<INT>`, last);
  }
  if (isBlock && trySeg) {
    fail(input, 'AMBIGUOUS_SUFFIX', `block suffix '${last.text}' must come after '${trySeg.text}': the order is .try<N>.b<N>`, last);
  }
  if (!isBlock && trySeg) {
    fail(input, 'AMBIGUOUS_SUFFIX', `only one retry suffix is allowed, but '${last.text}' precedes '${trySeg.text}'; a sample name must not end in try<INT>`, last);
  }
  fail(input, 'AMBIGUOUS_SUFFIX', `a sample name must not end in b<INT> or try<INT>; found '${last.text}'`, last);
}

function parseComposedSegments(input: string, segments: readonly Segment[], context: Context): ComposedName {
  const texts = segments.map((s) => s.text);
  const runs = findRuns(texts);
  if (runs.length === 0) describeMissingRun(input, segments);
  if (runs.length > 1) {
    const [a = 0, b = 0] = runs;
    const first = join(segments.slice(a, a + 4));
    const second = join(segments.slice(b, b + 4));
    fail(
      input,
      'DUPLICATE_RUN',
      `the tag run appears more than once ('${first}' and '${second}'); p<INT>.e<INT>.s<INT>.r<INT> must occur exactly once, so a sample name cannot contain one`,
      segments[b],
      second,
    );
  }
  const runAt = runs[0] ?? 0;
  const runSegs = segments.slice(runAt, runAt + 4);
  const [physicsTag, evgenTag, simuTag, recoTag] = RUN_LETTERS.map((letter, k) => {
    const seg = runSegs[k];
    return seg ? readTag(input, seg, letter) : 0;
  }) as [number, number, number, number];

  const prefix = segments.slice(0, runAt);
  const scopeLength = runAt - 4;
  const scopeSegs = prefix.slice(0, Math.max(0, scopeLength));
  const runSeg = runSegs[0] ?? { text: '', pos: 0 };
  if (scopeLength < 1 || longestKnownScope(prefix) !== scopeLength || !ALLOWED_SCOPES.includes(join(scopeSegs))) {
    describeBadPrefix(input, prefix, runSeg);
  }
  const scope = join(scopeSegs);
  const versionSegs = prefix.slice(scopeLength, scopeLength + 3);
  const detectorVersion = join(versionSegs);
  const versionIssue = checkVersion(detectorVersion);
  if (versionIssue) failIssue(input, versionIssue, versionSegs[0]?.pos ?? 0);
  const dconfSeg = prefix[runAt - 1] ?? runSeg;
  const dconfIssue = checkDetectorConfig(dconfSeg.text);
  if (dconfIssue) failIssue(input, { ...dconfIssue, offset: 0 }, dconfSeg.pos);

  let next = runAt + 4;
  let backgroundTag: number | null = null;
  const kSeg = segments[next];
  if (kSeg && BACKGROUND_LIKE_RE.test(kSeg.text)) {
    backgroundTag = readTag(input, kSeg, 'k');
    next++;
  }
  const sampleSegs = segments.slice(next);
  const firstSample = sampleSegs[0];
  const lastSample = sampleSegs[sampleSegs.length - 1];
  if (firstSample && BACKGROUND_LIKE_RE.test(firstSample.text)) {
    fail(
      input,
      'BAD_SAMPLE',
      `sample name '${join(sampleSegs)}' starts with '${firstSample.text}', which reads as a second background tag; the first sample segment must not be k<INT>`,
      firstSample,
    );
  }
  if (lastSample && (BLOCK_LIKE_RE.test(lastSample.text) || TRY_LIKE_RE.test(lastSample.text))) {
    describeTrailingSuffix(input, lastSample, context);
  }
  return {
    scope,
    detectorVersion,
    detectorConfig: dconfSeg.text,
    physicsTag,
    evgenTag,
    simuTag,
    recoTag,
    backgroundTag,
    sampleName: sampleSegs.length > 0 ? join(sampleSegs) : null,
  };
}

function physicalContext(stripped: StrippedSuffixes): Context {
  return {
    kind: 'physical',
    ...(stripped.trySeg ? { trySeg: stripped.trySeg } : {}),
    ...(stripped.blockSeg ? { blockSeg: stripped.blockSeg } : {}),
  };
}

/** A composed (logical) name: no `.try<N>`, no `.b<N>`. */
export function parseComposedName(name: string): ComposedName {
  const input = requireString(name);
  checkWhole(input, 0, input.length);
  return parseComposedSegments(input, toSegments(input, 0, input.length), { kind: 'composed' });
}

/** A composed name optionally followed by `.try<N>` (N ≥ 2) and then `.b<N>` (N ≥ 1). */
export function parsePhysicalName(name: string): PhysicalName {
  const input = requireString(name);
  checkWhole(input, 0, input.length);
  const stripped = stripSuffixes(input, toSegments(input, 0, input.length));
  const composed = parseComposedSegments(input, stripped.base, physicalContext(stripped));
  return { ...composed, tryNumber: stripped.tryNumber, block: stripped.block };
}

/**
 * Splits off the terminal `.b<N>` and then `.try<N>`, validating them (`try1`, `b0`,
 * leading zeros are errors). The base is returned unvalidated.
 */
export function splitTerminalSuffixes(name: string): TerminalSuffixes {
  const input = requireString(name);
  const stripped = stripSuffixes(input, toSegments(input, 0, input.length));
  const last = stripped.base[stripped.base.length - 1];
  const base = last ? input.slice(0, last.pos + last.text.length) : input;
  return { base, tryNumber: stripped.tryNumber, block: stripped.block };
}

/**
 * `scope:name.b<N>` (a block) or `scope:outDS.log` (the log dataset of a task). The DID
 * scope is checked against the allowed list but not required to equal the name's own
 * scope, since Rucio scope policy for external EVGEN is not fixed by the grammar.
 */
export function parseDid(did: string): ParsedDid {
  const input = requireString(did);
  const colon = input.indexOf(':');
  if (colon < 0) {
    fail(input, 'BAD_DID', `a DID is scope:name (e.g. group.EIC:${NAME_EXAMPLE}.b1), but there is no ':'`);
  }
  const second = input.indexOf(':', colon + 1);
  if (second >= 0) fail(input, 'BAD_DID', `a DID contains exactly one ':', found another at position ${second}`, second, ':');
  const scope = input.slice(0, colon);
  const scopeIssue = checkScope(scope);
  if (scopeIssue) failIssue(input, { ...scopeIssue, reason: `DID ${scopeIssue.reason}`, offset: 0 }, 0);

  const start = colon + 1;
  checkWhole(input, start, input.length);
  const segments = toSegments(input, start, input.length);
  const last = segments[segments.length - 1];
  if (segments.length > 1 && last?.text === 'log') {
    const stripped = stripSuffixes(input, segments.slice(0, -1));
    const composed = parseComposedSegments(input, stripped.base, physicalContext(stripped));
    if (stripped.blockSeg) {
      fail(input, 'BAD_DID', `a log DID is scope:outDS.log and the outDS carries no block, but '${stripped.blockSeg.text}' precedes '.log'`, stripped.blockSeg);
    }
    return { kind: 'log', scope, outDs: { ...composed, tryNumber: stripped.tryNumber, block: null } };
  }
  const stripped = stripSuffixes(input, segments);
  const composed = parseComposedSegments(input, stripped.base, physicalContext(stripped));
  if (stripped.block === null) {
    fail(
      input,
      'BAD_DID',
      'a dataset DID ends in a block suffix .b<N> (N ≥ 1) and a log DID ends in .log; without either this is a task name / outDS, not a DID',
      input.length,
    );
  }
  return { kind: 'block', scope, physical: { ...composed, tryNumber: stripped.tryNumber, block: stripped.block } };
}

function attempt<T>(fn: () => T): NameResult<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (error instanceof InvalidNameError) return { ok: false, error };
    throw error;
  }
}

export function tryParseComposedName(name: string): NameResult<ComposedName> {
  return attempt(() => parseComposedName(name));
}

export function tryParsePhysicalName(name: string): NameResult<PhysicalName> {
  return attempt(() => parsePhysicalName(name));
}

export function tryParseDid(did: string): NameResult<ParsedDid> {
  return attempt(() => parseDid(did));
}

// ---------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------

// Renders without validating, only so that errors can show what the name would have been.
function renderComposed(c: ComposedName): string {
  const parts = [
    c.scope,
    c.detectorVersion,
    c.detectorConfig,
    `p${c.physicsTag}`,
    `e${c.evgenTag}`,
    `s${c.simuTag}`,
    `r${c.recoTag}`,
  ];
  if (c.backgroundTag != null) parts.push(`k${c.backgroundTag}`);
  if (c.sampleName != null) parts.push(c.sampleName);
  return parts.join('.');
}

function renderPhysical(p: PhysicalName): string {
  let name = renderComposed(p);
  if (p.tryNumber != null) name += `.try${p.tryNumber}`;
  if (p.block != null) name += `.b${p.block}`;
  return name;
}

function composedIssue(c: ComposedName): Issue | null {
  return (
    checkScope(c.scope) ??
    checkVersion(c.detectorVersion) ??
    checkDetectorConfig(c.detectorConfig) ??
    checkTagValue(c.physicsTag, 'physicsTag', 'p') ??
    checkTagValue(c.evgenTag, 'evgenTag', 'e') ??
    checkTagValue(c.simuTag, 'simuTag', 's') ??
    checkTagValue(c.recoTag, 'recoTag', 'r') ??
    (c.backgroundTag == null ? null : checkTagValue(c.backgroundTag, 'backgroundTag', 'k')) ??
    (c.sampleName == null ? null : checkSampleName(c.sampleName))
  );
}

function physicalIssue(p: PhysicalName): Issue | null {
  const composed = composedIssue(p);
  if (composed) return composed;
  const t = p.tryNumber;
  if (t != null && !(Number.isSafeInteger(t) && t >= 2)) {
    const why = t === 1 ? ' (the first attempt has no suffix: use null)' : '';
    return { problem: 'BAD_TRY', reason: `tryNumber must be null (first attempt) or an integer ≥ 2; got ${String(t)}${why}` };
  }
  const b = p.block;
  if (b != null && !(Number.isSafeInteger(b) && b >= 1)) {
    return { problem: 'BAD_BLOCK', reason: `block must be null or an integer ≥ 1; got ${String(b)}` };
  }
  return null;
}

function checkLength(name: string): void {
  if (name.length > MAX_NAME_LENGTH) {
    fail(name, 'TOO_LONG', `name would be ${name.length} characters long; the limit is ${MAX_NAME_LENGTH}`);
  }
}

function throwFieldIssue(rendered: string, issue: Issue): never {
  // Field offsets are relative to the field, not the rendered name, so they are dropped.
  throw new InvalidNameError({
    name: rendered,
    problem: issue.problem,
    reason: issue.reason,
    ...(issue.segment !== undefined ? { segment: issue.segment } : {}),
  });
}

export function formatComposedName(c: ComposedName): string {
  const issue = composedIssue(c);
  if (issue) throwFieldIssue(renderComposed(c), issue);
  const name = renderComposed(c);
  checkLength(name);
  return name;
}

export function formatPhysicalName(p: PhysicalName): string {
  const issue = physicalIssue(p);
  if (issue) throwFieldIssue(renderPhysical(p), issue);
  const name = renderPhysical(p);
  checkLength(name);
  return name;
}

/** `formatDid(parsedDid)` round-trips `parseDid`; `formatDid(physical, scope?)` needs a block. */
export function formatDid(did: ParsedDid): string;
export function formatDid(physical: PhysicalName, scope?: string): string;
export function formatDid(value: ParsedDid | PhysicalName, scope?: string): string {
  if ('kind' in value) {
    return value.kind === 'log' ? formatLogDid(value.outDs, value.scope) : formatDid(value.physical, value.scope);
  }
  const name = formatPhysicalName(value);
  if (value.block == null) {
    fail(name, 'BAD_BLOCK', 'a dataset DID needs a block; set block to 1, 2, … (DIDs are scope:name.b<N>)');
  }
  const didScope = scope ?? value.scope;
  const scopeIssue = checkScope(didScope);
  if (scopeIssue) throwFieldIssue(`${String(didScope)}:${name}`, { ...scopeIssue, reason: `DID ${scopeIssue.reason}` });
  return `${didScope}:${name}`;
}

/** `scope:outDS.log`; the outDS is a task name, so it must not carry a block. */
export function formatLogDid(outDs: PhysicalName | string, scope?: string): string {
  const physical = typeof outDs === 'string' ? parsePhysicalName(outDs) : outDs;
  const base = formatPhysicalName(physical);
  if (physical.block != null) {
    fail(base, 'BAD_BLOCK', `a log DID is built from the outDS (task name), which has no block; got block ${physical.block}`);
  }
  const name = `${base}.log`;
  checkLength(name);
  const didScope = scope ?? physical.scope;
  const scopeIssue = checkScope(didScope);
  if (scopeIssue) throwFieldIssue(`${String(didScope)}:${name}`, { ...scopeIssue, reason: `DID ${scopeIssue.reason}` });
  return `${didScope}:${name}`;
}

// ---------------------------------------------------------------------------------------
// Derived names
// ---------------------------------------------------------------------------------------

function asPhysical(value: PhysicalName | string): PhysicalName {
  return typeof value === 'string' ? parsePhysicalName(value) : value;
}

function asComposed(value: ComposedName | string): ComposedName {
  return typeof value === 'string' ? parseComposedName(value) : value;
}

function pickComposed(c: ComposedName): ComposedName {
  return {
    scope: c.scope,
    detectorVersion: c.detectorVersion,
    detectorConfig: c.detectorConfig,
    physicsTag: c.physicsTag,
    evgenTag: c.evgenTag,
    simuTag: c.simuTag,
    recoTag: c.recoTag,
    backgroundTag: c.backgroundTag,
    sampleName: c.sampleName,
  };
}

/** PanDA taskName / outDS: the physical name without its block. */
export function pandaTaskName(physical: PhysicalName | string): string {
  return formatPhysicalName({ ...asPhysical(physical), block: null });
}

/** The composed (logical) name shared by every attempt and block. */
export function logicalName(physical: PhysicalName | string): string {
  return formatComposedName(pickComposed(asPhysical(physical)));
}

/** Name of attempt `n` of a logical name; attempt 1 is the logical name itself. */
export function attemptName(logical: ComposedName | string, n: number): string {
  const composed = pickComposed(asComposed(logical));
  if (!Number.isSafeInteger(n) || n < 1) {
    fail(formatComposedName(composed), 'BAD_TRY', `attempt number must be an integer ≥ 1; got ${String(n)}`);
  }
  return formatPhysicalName({ ...composed, tryNumber: n === 1 ? null : n, block: null });
}

/** 1 for the first attempt (no suffix), otherwise N from `.try<N>`. */
export function tryNumberOf(physical: PhysicalName | string): number {
  return asPhysical(physical).tryNumber ?? 1;
}

/** `26.07.1` → `26.07`: campaigns group the patch releases of one YY.MM. */
export function campaignFamily(version: string): string {
  const issue = checkVersion(version);
  if (issue) failIssue(String(version), issue, 0);
  return version.split('.').slice(0, 2).join('.');
}

/** The composed name minus its scope; the stem of every output and log LFN. */
export function tagLfn(c: ComposedName | string): string {
  const composed = asComposed(c);
  return formatComposedName(pickComposed(composed)).slice(composed.scope.length + 1);
}

/** `<tag_lfn>.$PANDAID.${SN}.edm4eic.root`, placeholders left for PanDA to expand. */
export function outputLfnTemplate(c: ComposedName | string): string {
  return `${tagLfn(c)}.${PANDAID_PLACEHOLDER}.${SN_PLACEHOLDER}.edm4eic.root`;
}

/** `<tag_lfn>.$PANDAID.log.${SN}.log.tgz`. */
export function logLfnTemplate(c: ComposedName | string): string {
  return `${tagLfn(c)}.${PANDAID_PLACEHOLDER}.log.${SN_PLACEHOLDER}.log.tgz`;
}
