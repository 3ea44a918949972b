import { describe, expect, it } from 'vitest';
import {
  NAMING_GRAMMAR_MARKDOWN,
  attemptName,
  campaignFamily,
  formatLogDid,
  logLfnTemplate,
  logicalName,
  outputLfnTemplate,
  pandaTaskName,
  parseComposedName,
  parsePhysicalName,
  splitTerminalSuffixes,
  tagLfn,
  tryNumberOf,
} from '../../../store/names/index.ts';
import { expectInvalid } from './arbitraries.ts';

const LOGICAL = 'group.EIC.26.07.1.epic_craterlake.p2365.e1.s1.r1';

describe('derived names', () => {
  it('PanDA task name drops the block but keeps the try', () => {
    expect(pandaTaskName(`${LOGICAL}.try2.b3`)).toBe(`${LOGICAL}.try2`);
    expect(pandaTaskName(parsePhysicalName(`${LOGICAL}.b1`))).toBe(LOGICAL);
  });

  it('logical name drops try and block', () => {
    expect(logicalName(`${LOGICAL}.try2.b3`)).toBe(LOGICAL);
    expect(logicalName(parsePhysicalName(`${LOGICAL}.try4.b1`))).toBe(LOGICAL);
  });

  it('attempt 1 is the logical name itself', () => {
    expect(attemptName(LOGICAL, 1)).toBe(LOGICAL);
    expect(attemptName(parseComposedName(LOGICAL), 2)).toBe(`${LOGICAL}.try2`);
    expect(attemptName(LOGICAL, 12)).toBe(`${LOGICAL}.try12`);
    expect(expectInvalid(() => attemptName(LOGICAL, 0)).problem).toBe('BAD_TRY');
    expect(expectInvalid(() => attemptName(`${LOGICAL}.try2`, 3)).problem).toBe('AMBIGUOUS_SUFFIX');
  });

  it('try number is 1 when absent', () => {
    expect(tryNumberOf(LOGICAL)).toBe(1);
    expect(tryNumberOf(`${LOGICAL}.b7`)).toBe(1);
    expect(tryNumberOf(`${LOGICAL}.try3.b7`)).toBe(3);
  });

  it('campaign family is YY.MM', () => {
    expect(campaignFamily('26.07.1')).toBe('26.07');
    expect(campaignFamily('26.02.0')).toBe('26.02');
    const error = expectInvalid(() => campaignFamily('26.13.0'));
    expect(error.reason).toContain('month 13');
  });

  it('LFN templates use the composed name minus scope', () => {
    const c = parseComposedName('group.EIC.26.02.0.epic_craterlake.p3001.e1.s1.r1');
    expect(tagLfn(c)).toBe('26.02.0.epic_craterlake.p3001.e1.s1.r1');
    expect(outputLfnTemplate(c)).toBe('26.02.0.epic_craterlake.p3001.e1.s1.r1.$PANDAID.${SN}.edm4eic.root');
    expect(logLfnTemplate(c)).toBe('26.02.0.epic_craterlake.p3001.e1.s1.r1.$PANDAID.log.${SN}.log.tgz');
    expect(tagLfn('group.EIC.evgen.26.02.0.epic_craterlake.p1.e1.s1.r1.k2.x.y')).toBe('26.02.0.epic_craterlake.p1.e1.s1.r1.k2.x.y');
  });

  it('log DID is scope:outDS.log', () => {
    expect(formatLogDid(`${LOGICAL}.try2`)).toBe(`group.EIC:${LOGICAL}.try2.log`);
    expect(formatLogDid(parsePhysicalName(LOGICAL), 'group.EIC')).toBe(`group.EIC:${LOGICAL}.log`);
  });

  it('splits terminal suffixes right to left', () => {
    expect(splitTerminalSuffixes(`${LOGICAL}.try2.b3`)).toEqual({ base: LOGICAL, tryNumber: 2, block: 3 });
    expect(splitTerminalSuffixes(`${LOGICAL}.b3`)).toEqual({ base: LOGICAL, tryNumber: null, block: 3 });
    expect(splitTerminalSuffixes(`${LOGICAL}.try5`)).toEqual({ base: LOGICAL, tryNumber: 5, block: null });
    expect(splitTerminalSuffixes(LOGICAL)).toEqual({ base: LOGICAL, tryNumber: null, block: null });
    // Only one of each, in this order: the rest is left for the parser to reject.
    expect(splitTerminalSuffixes(`${LOGICAL}.b1.try2`)).toEqual({ base: `${LOGICAL}.b1`, tryNumber: 2, block: null });
    expect(expectInvalid(() => splitTerminalSuffixes(`${LOGICAL}.try1`)).problem).toBe('BAD_TRY');
    expect(expectInvalid(() => splitTerminalSuffixes(`${LOGICAL}.b0`)).problem).toBe('BAD_BLOCK');
  });

  it('grammar text carries the rules and examples', () => {
    expect(NAMING_GRAMMAR_MARKDOWN).toContain('group.EIC.evgen');
    expect(NAMING_GRAMMAR_MARKDOWN).toContain('.try1');
    expect(NAMING_GRAMMAR_MARKDOWN).toContain('$PANDAID.${SN}.edm4eic.root');
    for (const line of NAMING_GRAMMAR_MARKDOWN.split('\n')) {
      const example = /^- `(group\.EIC[^`:]*)`/.exec(line)?.[1];
      if (example) expect(() => parsePhysicalName(example)).not.toThrow();
    }
  });
});
