/**
 * fast-check generators for valid names, written against the grammar rather than the
 * implementation so the properties act as an independent oracle.
 */

import fc from 'fast-check';
import { expect } from 'vitest';
import { ALLOWED_SCOPES, InvalidNameError, type ComposedName, type PhysicalName } from '../../../store/names/index.ts';

const RUN_LIKE = /^[pesr][0-9]+$/;

const twoDigits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));

export const versionArb: fc.Arbitrary<string> = fc
  .tuple(twoDigits(0, 99), twoDigits(1, 12), fc.nat({ max: 999 }))
  .map(([yy, mm, p]) => `${yy}.${mm}.${p}`);

export const dconfArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('epic_craterlake', 'epic_brycecanyon', 'epic_ip6_extended', 'arches'),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/),
);

export const tagArb: fc.Arbitrary<number> = fc.oneof(fc.nat({ max: 9 }), fc.nat({ max: 100_000 }));

// Includes suffix- and tag-shaped words so they get exercised in the middle of samples.
const vocabulary = fc.constantFrom(
  '45to135deg', 'ma_0', '1', 'q2_1to10', 'pi+', 'minQ2=10', 'DIS', 'NC', '18x275', 'e-', 'k', 'b', 'try',
  'k1', 'b3', 'try2', 'p1', 'e2', 's3', 'r4', 'log', 'B1', 'Try2', 'k1x',
);
const sampleSegmentArb = fc.oneof(vocabulary, fc.stringMatching(/^[A-Za-z0-9_+=-]{1,10}$/));

/** Grammar: first segment not k<INT>, last not b<INT>/try<INT>, no complete tag run inside. */
export function isValidSampleSegments(segments: readonly string[]): boolean {
  const first = segments[0] ?? '';
  const last = segments[segments.length - 1] ?? '';
  if (/^k[0-9]+$/.test(first) || /^(b|try)[0-9]+$/.test(last)) return false;
  for (let i = 0; i + 4 <= segments.length; i++) {
    if (['p', 'e', 's', 'r'].every((l, k) => new RegExp(`^${l}[0-9]+$`).test(segments[i + k] ?? ''))) return false;
  }
  return true;
}

const sampleArb = (runFree: boolean): fc.Arbitrary<string> =>
  fc
    .array(sampleSegmentArb, { minLength: 1, maxLength: 5 })
    .filter((segs) => isValidSampleSegments(segs) && (!runFree || !segs.some((s) => RUN_LIKE.test(s))))
    .map((segs) => segs.join('.'));

/**
 * `runFree` keeps p/e/s/r-shaped segments out of dconf and sample, for mutation tests that
 * delete a tag and must not have a look-alike in the sample complete the run again.
 */
export function composedArb(options: { runFree?: boolean } = {}): fc.Arbitrary<ComposedName> {
  const runFree = options.runFree ?? false;
  return fc.record({
    scope: fc.constantFrom(...ALLOWED_SCOPES),
    detectorVersion: versionArb,
    detectorConfig: runFree ? dconfArb.filter((d) => !RUN_LIKE.test(d)) : dconfArb,
    physicsTag: tagArb,
    evgenTag: tagArb,
    simuTag: tagArb,
    recoTag: tagArb,
    backgroundTag: fc.option(tagArb, { nil: null }),
    sampleName: fc.option(sampleArb(runFree), { nil: null }),
  });
}

export function physicalArb(options: { runFree?: boolean } = {}): fc.Arbitrary<PhysicalName> {
  return fc
    .tuple(
      composedArb(options),
      fc.option(fc.integer({ min: 2, max: 50 }), { nil: null }),
      fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
    )
    .map(([c, tryNumber, block]) => ({ ...c, tryNumber, block }));
}

/** Renders a composed name by hand (not via the formatter) so mutations can edit parts. */
export function composedParts(c: ComposedName): string[] {
  const parts = [c.scope, c.detectorVersion, c.detectorConfig, `p${c.physicsTag}`, `e${c.evgenTag}`, `s${c.simuTag}`, `r${c.recoTag}`];
  if (c.backgroundTag !== null) parts.push(`k${c.backgroundTag}`);
  if (c.sampleName !== null) parts.push(c.sampleName);
  return parts;
}

export function expectInvalid(fn: () => unknown): InvalidNameError {
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidNameError);
    const e = error as InvalidNameError;
    expect(e.code).toBe('INVALID_NAME');
    expect(e.reason.length).toBeGreaterThan(0);
    expect(e.message).toContain('See the naming grammar');
    return e;
  }
  throw new Error(`expected InvalidNameError, got ${JSON.stringify(result)}`);
}

export const PROPERTY_RUNS = { numRuns: 300 } as const;
