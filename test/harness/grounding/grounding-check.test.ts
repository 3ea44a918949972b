import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../../harness/grounding/grounding-check.ts';

describe('checkGrounding', () => {
  const evidence = ['{"site":"BNL_ePIC_GOOGLE","failed":5703,"final_failure_fraction":0.4123,"ref":"cp-12"}', 'group.EIC.26.07.1.epic_craterlake.p2339.e1.s1.r1 has 2 blocks'];

  it('accepts numbers present in the evidence, with thousands separators and rounding', () => {
    expect(checkGrounding('5,703 jobs failed; final failure 0.41 (41.2%).', evidence).ok).toBe(true);
  });

  it('rejects a number no tool returned', () => {
    const report = checkGrounding('6,120 jobs failed.', evidence);
    expect(report.ok).toBe(false);
    expect(report.unsupportedNumbers).toEqual(['6,120']);
  });

  it('does not accept a rounding the precision does not allow', () => {
    expect(checkGrounding('final failure 0.5', evidence).unsupportedNumbers).toEqual(['0.5']);
  });

  it('checks identifiers: proposal refs and composed names must come from the evidence', () => {
    expect(checkGrounding('See cp-12 for group.EIC.26.07.1.epic_craterlake.p2339.e1.s1.r1.', evidence).ok).toBe(true);
    const report = checkGrounding('See cp-13 and group.EIC.26.07.1.epic_craterlake.p2365.e1.s1.r1.', evidence);
    expect(report.unsupportedIdentifiers).toEqual(['cp-13', 'group.EIC.26.07.1.epic_craterlake.p2365.e1.s1.r1']);
  });

  it('ignores link targets and list markers', () => {
    expect(checkGrounding('1. [evidence](http://localhost:8080/evidence/ev-777)\n2. 5,703 failed', evidence).ok).toBe(true);
  });
});

describe('checkGrounding on identifiers with digits', () => {
  it('does not read digits inside hex ids or UUIDs as numbers', () => {
    const report = checkGrounding('Rule 9b1c4f2e-77aa-4c1d-9e0f-2a3b4c5d6e7f is STUCK; see evidence ev-639512e54936e32a1cbb6fd2.', []);
    expect(report.unsupportedNumbers).toEqual([]);
  });

  it('still checks a number that ends a sentence or precedes a unit word after a space', () => {
    expect(checkGrounding('It failed 42 times.', []).unsupportedNumbers).toEqual(['42']);
    expect(checkGrounding('Wait 17 h.', []).unsupportedNumbers).toEqual(['17']);
  });
});

describe('checkGrounding on timestamps', () => {
  it('does not split a decimal glued to letters into a shorter number', () => {
    expect(checkGrounding('as of 2026-11-23T07:49:24.505Z', ['as of 2026-11-23T07:49:24.505Z']).ok).toBe(true);
  });
});
