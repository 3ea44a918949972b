import { describe, expect, it } from 'vitest';
import {
  InvalidNameError,
  formatComposedName,
  formatDid,
  formatLogDid,
  formatPhysicalName,
  parseComposedName,
  parseDid,
  parsePhysicalName,
  tryParseComposedName,
  tryParseDid,
  tryParsePhysicalName,
  type ComposedName,
  type NameProblem,
} from '../../../store/names/index.ts';
import { expectInvalid } from './arbitraries.ts';

const OK = 'group.EIC.26.02.0.epic_craterlake.p3001.e1.s1.r1';

interface Case {
  title: string;
  input: string;
  parse: (s: string) => unknown;
  problem: NameProblem;
  /** Text the reason must contain (the offending part). */
  mentions: string[];
  /** The offending part must sit at this offset of the input. */
  at?: string;
}

const composed = parseComposedName;
const physical = parsePhysicalName;

const cases: Case[] = [
  { title: 'too long', input: `${OK}.${'x'.repeat(255 - OK.length)}`, parse: composed, problem: 'TOO_LONG', mentions: ['256', '255'] },
  { title: 'empty', input: '', parse: composed, problem: 'EMPTY', mentions: ['empty'] },
  { title: 'missing tag run', input: 'group.EIC.26.02.0.epic_craterlake', parse: composed, problem: 'MISSING_RUN', mentions: ['p<INT>.e<INT>.s<INT>.r<INT>'] },
  { title: 'missing evgen tag', input: 'group.EIC.26.02.0.epic_craterlake.p3001.s1.r1', parse: composed, problem: 'MISSING_RUN', mentions: ['e<INT>', 's1.r1'] },
  { title: 'missing physics tag', input: 'group.EIC.26.02.0.epic_craterlake.e1.s1.r1', parse: composed, problem: 'MISSING_RUN', mentions: ['p<INT>'] },
  { title: 'missing reco tag', input: 'group.EIC.26.02.0.epic_craterlake.p1.e1.s1.foo', parse: composed, problem: 'MISSING_RUN', mentions: ['r<INT>', 'foo'] },
  { title: 'run appears twice', input: `${OK}.p1.e1.s1.r1`, parse: composed, problem: 'DUPLICATE_RUN', mentions: ['p1.e1.s1.r1', 'exactly once'] },
  { title: 'unknown scope', input: 'user.jdoe.26.02.0.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_SCOPE', mentions: ['user.jdoe', 'group.EIC'], at: 'user.jdoe' },
  { title: 'scope case', input: 'group.eic.26.02.0.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_SCOPE', mentions: ['group.eic'] },
  { title: 'extra scope segment', input: 'group.EIC.mc.26.02.0.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_SCOPE', mentions: ['group.EIC.mc'] },
  { title: 'missing scope', input: '26.02.0.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_SCOPE', mentions: ['missing scope'] },
  { title: 'month 13', input: 'group.EIC.26.13.0.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_VERSION', mentions: ["'26.13.0'", 'month 13', 'YY.MM.P'], at: '13' },
  { title: 'month 00', input: 'group.EIC.26.00.0.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_VERSION', mentions: ['month 00'], at: '00' },
  { title: 'one-digit month', input: 'group.EIC.26.2.0.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_VERSION', mentions: ["'26.2.0'", 'month 2'] },
  { title: 'four-digit year', input: 'group.EIC.2026.02.0.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_VERSION', mentions: ["year '2026'"], at: '2026' },
  { title: 'patch with leading zero', input: 'group.EIC.26.02.01.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_VERSION', mentions: ["patch '01'", 'leading zero'] },
  { title: 'version without patch', input: 'group.EIC.26.02.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_VERSION', mentions: ["'26.02'", '2 field'] },
  { title: 'evgen version without patch', input: 'group.EIC.evgen.26.02.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_VERSION', mentions: ["'26.02'"] },
  { title: 'version with four fields', input: 'group.EIC.26.02.0.1.epic_craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_VERSION', mentions: ["'26.02.0.1'"] },
  { title: 'missing detector config', input: 'group.EIC.26.02.0.p1.e1.s1.r1', parse: composed, problem: 'BAD_DETECTOR_CONFIG', mentions: ['missing'] },
  { title: 'detector config with dash', input: 'group.EIC.26.02.0.epic-craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_DETECTOR_CONFIG', mentions: ["'epic-craterlake'", "'-'"], at: 'epic-craterlake' },
  { title: 'detector config starting with digit', input: 'group.EIC.26.02.0.9epic.p1.e1.s1.r1', parse: composed, problem: 'BAD_DETECTOR_CONFIG', mentions: ["'9epic'", 'letter'] },
  { title: 'two-segment detector config', input: 'group.EIC.26.02.0.epic.craterlake.p1.e1.s1.r1', parse: composed, problem: 'BAD_DETECTOR_CONFIG', mentions: ["'epic.craterlake'", 'single segment'] },
  { title: 'tag with leading zero', input: 'group.EIC.26.02.0.epic_craterlake.p01.e1.s1.r1', parse: composed, problem: 'BAD_TAG', mentions: ["'p01'", 'leading zero'], at: 'p01' },
  { title: 'background tag with leading zero', input: `${OK}.k007.x`, parse: composed, problem: 'BAD_TAG', mentions: ["'k007'"], at: 'k007' },
  { title: 'sample starting with k<INT>', input: `${OK}.k1.k2.minbias`, parse: composed, problem: 'BAD_SAMPLE', mentions: ["'k2'", 'k<INT>'], at: 'k2' },
  { title: 'composed name ending in b<INT>', input: `${OK}.sample.b2`, parse: composed, problem: 'AMBIGUOUS_SUFFIX', mentions: ["'b2'", 'block'], at: 'b2' },
  { title: 'composed name ending in try<INT>', input: `${OK}.try2`, parse: composed, problem: 'AMBIGUOUS_SUFFIX', mentions: ["'try2'"], at: 'try2' },
  { title: 'composed name ending in b0', input: `${OK}.b0`, parse: composed, problem: 'AMBIGUOUS_SUFFIX', mentions: ["'b0'"] },
  { title: 'block before try', input: `${OK}.b1.try2`, parse: physical, problem: 'AMBIGUOUS_SUFFIX', mentions: ["'b1'", "'try2'", 'order'], at: 'b1' },
  { title: 'two blocks', input: `${OK}.sample.b1.b2`, parse: physical, problem: 'AMBIGUOUS_SUFFIX', mentions: ["'b1'"], at: 'b1' },
  { title: 'two tries', input: `${OK}.try2.try3`, parse: physical, problem: 'AMBIGUOUS_SUFFIX', mentions: ["'try2'"], at: 'try2' },
  { title: 'try1', input: `${OK}.try1`, parse: physical, problem: 'BAD_TRY', mentions: ["'try1'", 'first attempt'], at: 'try1' },
  { title: 'try0', input: `${OK}.try0.b1`, parse: physical, problem: 'BAD_TRY', mentions: ["'try0'"], at: 'try0' },
  { title: 'try with leading zero', input: `${OK}.try02`, parse: physical, problem: 'BAD_TRY', mentions: ["'try02'", 'leading zero'] },
  { title: 'b0', input: `${OK}.b0`, parse: physical, problem: 'BAD_BLOCK', mentions: ["'b0'", 'b1'], at: 'b0' },
  { title: 'block with leading zero', input: `${OK}.try2.b01`, parse: physical, problem: 'BAD_BLOCK', mentions: ["'b01'"], at: 'b01' },
  { title: 'double dot', input: 'group.EIC.26.02.0.epic_craterlake.p1.e1.s1.r1..x', parse: composed, problem: 'EMPTY_SEGMENT', mentions: ['two dots'] },
  { title: 'trailing dot', input: `${OK}.`, parse: composed, problem: 'EMPTY_SEGMENT', mentions: ['trailing dot'] },
  { title: 'leading dot', input: `.${OK}`, parse: composed, problem: 'EMPTY_SEGMENT', mentions: ['leading dot'] },
  { title: 'whitespace', input: `${OK}.two words`, parse: composed, problem: 'ILLEGAL_CHARACTER', mentions: ['space', `position ${OK.length + 4}`], at: ' ' },
  { title: 'slash', input: `${OK}.a/b`, parse: composed, problem: 'ILLEGAL_CHARACTER', mentions: ["'/'"], at: '/' },
  { title: 'colon in a plain name', input: `group.EIC:${OK}.b1`, parse: physical, problem: 'ILLEGAL_CHARACTER', mentions: ["':'", 'DID'], at: ':' },
  { title: 'non-ASCII', input: `${OK}.café`, parse: composed, problem: 'ILLEGAL_CHARACTER', mentions: ['U+00E9'], at: 'é' },
  { title: 'DID without colon', input: `${OK}.b1`, parse: parseDid, problem: 'BAD_DID', mentions: ["':'"] },
  { title: 'DID with two colons', input: `group.EIC:${OK}:b1`, parse: parseDid, problem: 'BAD_DID', mentions: ["':'"] },
  { title: 'DID with unknown scope', input: `user.x:${OK}.b1`, parse: parseDid, problem: 'BAD_SCOPE', mentions: ["'user.x'"] },
  { title: 'DID without block', input: `group.EIC:${OK}`, parse: parseDid, problem: 'BAD_DID', mentions: ['.b<N>', '.log'] },
  { title: 'DID with b0', input: `group.EIC:${OK}.b0`, parse: parseDid, problem: 'BAD_BLOCK', mentions: ["'b0'"] },
  { title: 'log DID with block', input: `group.EIC:${OK}.b1.log`, parse: parseDid, problem: 'BAD_DID', mentions: ["'b1'", 'log'] },
  { title: 'DID name with bad version', input: `group.EIC:group.EIC.26.13.0.epic.p1.e1.s1.r1.b1`, parse: parseDid, problem: 'BAD_VERSION', mentions: ['month 13'], at: '13' },
];

describe('rejections', () => {
  it.each(cases)('$title', ({ input, parse, problem, mentions, at }) => {
    const error = expectInvalid(() => parse(input));
    expect(error.problem).toBe(problem);
    expect(error.name).toBe(input);
    for (const text of mentions) expect(error.reason).toContain(text);
    if (at !== undefined) {
      expect(error.position).toBeDefined();
      expect(input.slice(error.position, (error.position ?? 0) + at.length)).toBe(at);
    }
  });

  it('accepts exactly 255 characters', () => {
    const name = `${OK}.${'x'.repeat(254 - OK.length)}`;
    expect(name).toHaveLength(255);
    expect(parseComposedName(name).sampleName).toHaveLength(254 - OK.length);
  });

  it('rejects non-string input with a stable code', () => {
    const error = expectInvalid(() => parseComposedName(42 as unknown as string));
    expect(error.problem).toBe('NOT_A_STRING');
  });

  it('exposes a JSON shape for tool responses', () => {
    const error = expectInvalid(() => parseComposedName('group.EIC.26.13.0.epic.p1.e1.s1.r1'));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'INVALID_NAME',
      problem: 'BAD_VERSION',
      name: 'group.EIC.26.13.0.epic.p1.e1.s1.r1',
      reason: "version '26.13.0' has month 13; the month is two digits 01–12, expected YY.MM.P like 26.07.1",
      message: expect.stringContaining('See the naming grammar') as unknown,
      position: 13,
      segment: '13',
    });
  });
});

describe('tryParse variants', () => {
  it('return ok results', () => {
    expect(tryParseComposedName(OK)).toEqual({ ok: true, value: parseComposedName(OK) });
    expect(tryParsePhysicalName(`${OK}.try2`)).toMatchObject({ ok: true, value: { tryNumber: 2 } });
    expect(tryParseDid(`group.EIC:${OK}.b1`)).toMatchObject({ ok: true, value: { kind: 'block' } });
  });

  it('return errors instead of throwing', () => {
    const result = tryParsePhysicalName(`${OK}.try1`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(InvalidNameError);
      expect(result.error.problem).toBe('BAD_TRY');
    }
    expect(tryParseComposedName('nonsense').ok).toBe(false);
    expect(tryParseDid('nonsense').ok).toBe(false);
  });
});

describe('formatter rejections', () => {
  const c = parseComposedName(OK);
  const bad: Array<[string, Partial<ComposedName> & Record<string, unknown>, NameProblem, string]> = [
    ['scope', { scope: 'user.x' }, 'BAD_SCOPE', 'user.x'],
    ['version', { detectorVersion: '26.13.0' }, 'BAD_VERSION', 'month 13'],
    ['detector config', { detectorConfig: 'a.b' }, 'BAD_DETECTOR_CONFIG', "'a.b'"],
    ['negative tag', { physicsTag: -1 }, 'BAD_TAG', 'physicsTag'],
    ['fractional tag', { recoTag: 1.5 }, 'BAD_TAG', 'recoTag'],
    ['empty sample', { sampleName: '' }, 'BAD_SAMPLE', 'null'],
    ['sample starting with k<INT>', { sampleName: 'k3.x' }, 'BAD_SAMPLE', "'k3'"],
    ['sample ending in b<INT>', { sampleName: 'x.b3' }, 'AMBIGUOUS_SUFFIX', "'b3'"],
    ['sample ending in try<INT>', { sampleName: 'try7' }, 'AMBIGUOUS_SUFFIX', "'try7'"],
    ['sample with a tag run', { sampleName: 'p1.e1.s1.r1' }, 'DUPLICATE_RUN', 'p1.e1.s1.r1'],
    ['sample with empty segment', { sampleName: 'a..b' }, 'EMPTY_SEGMENT', 'two dots'],
    ['sample with space', { sampleName: 'a b' }, 'ILLEGAL_CHARACTER', 'space'],
    ['too long', { sampleName: 'x'.repeat(250) }, 'TOO_LONG', '255'],
  ];
  it.each(bad)('%s', (_, patch, problem, mention) => {
    const error = expectInvalid(() => formatComposedName({ ...c, ...patch } as ComposedName));
    expect(error.problem).toBe(problem);
    expect(error.reason).toContain(mention);
  });

  it('rejects tryNumber 1, 0 and block 0', () => {
    expect(expectInvalid(() => formatPhysicalName({ ...c, tryNumber: 1, block: null })).problem).toBe('BAD_TRY');
    expect(expectInvalid(() => formatPhysicalName({ ...c, tryNumber: 0, block: null })).problem).toBe('BAD_TRY');
    expect(expectInvalid(() => formatPhysicalName({ ...c, tryNumber: null, block: 0 })).problem).toBe('BAD_BLOCK');
  });

  it('requires a block for a dataset DID and none for a log DID', () => {
    expect(expectInvalid(() => formatDid({ ...c, tryNumber: null, block: null })).problem).toBe('BAD_BLOCK');
    expect(expectInvalid(() => formatLogDid({ ...c, tryNumber: null, block: 1 })).problem).toBe('BAD_BLOCK');
    expect(expectInvalid(() => formatLogDid(`${OK}.b1`)).problem).toBe('BAD_BLOCK');
    expect(expectInvalid(() => formatDid({ ...c, tryNumber: null, block: 1 }, 'user.x')).problem).toBe('BAD_SCOPE');
  });
});
