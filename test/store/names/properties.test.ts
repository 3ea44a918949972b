import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatComposedName,
  formatDid,
  formatLogDid,
  formatPhysicalName,
  outputLfnTemplate,
  parseComposedName,
  parseDid,
  parsePhysicalName,
  splitTerminalSuffixes,
  tagLfn,
  type PhysicalName,
} from '../../../store/names/index.ts';
import { PROPERTY_RUNS, composedArb, composedParts, expectInvalid, physicalArb } from './arbitraries.ts';

describe('round trips', () => {
  it('parseComposedName(formatComposedName(c)) equals c, and back', () => {
    fc.assert(
      fc.property(composedArb(), (c) => {
        const name = formatComposedName(c);
        expect(parseComposedName(name)).toEqual(c);
        expect(formatComposedName(parseComposedName(name))).toBe(name);
        expect(name).toBe(composedParts(c).join('.'));
      }),
      PROPERTY_RUNS,
    );
  });

  it('parsePhysicalName(formatPhysicalName(p)) equals p, and back', () => {
    fc.assert(
      fc.property(physicalArb(), (p) => {
        const name = formatPhysicalName(p);
        expect(parsePhysicalName(name)).toEqual(p);
        expect(formatPhysicalName(parsePhysicalName(name))).toBe(name);
        expect(splitTerminalSuffixes(name)).toEqual({
          base: formatComposedName(p),
          tryNumber: p.tryNumber,
          block: p.block,
        });
      }),
      PROPERTY_RUNS,
    );
  });

  it('every composed name is a first-attempt physical name', () => {
    fc.assert(
      fc.property(composedArb(), (c) => {
        expect(parsePhysicalName(formatComposedName(c))).toEqual({ ...c, tryNumber: null, block: null });
      }),
      PROPERTY_RUNS,
    );
  });

  it('block and log DIDs round-trip', () => {
    fc.assert(
      fc.property(physicalArb(), fc.integer({ min: 1, max: 999 }), (p, block) => {
        const withBlock: PhysicalName & { block: number } = { ...p, block };
        const did = formatDid(withBlock);
        expect(did).toBe(`${p.scope}:${formatPhysicalName(withBlock)}`);
        expect(parseDid(did)).toEqual({ kind: 'block', scope: p.scope, physical: withBlock });
        expect(formatDid(parseDid(did))).toBe(did);

        const outDs: PhysicalName & { block: null } = { ...p, block: null };
        const logDid = formatLogDid(outDs);
        expect(parseDid(logDid)).toEqual({ kind: 'log', scope: p.scope, outDs });
        expect(formatDid(parseDid(logDid))).toBe(logDid);
      }),
      PROPERTY_RUNS,
    );
  });

  it('LFN stem is the composed name minus its scope', () => {
    fc.assert(
      fc.property(composedArb(), (c) => {
        const name = formatComposedName(c);
        expect(`${c.scope}.${tagLfn(c)}`).toBe(name);
        expect(outputLfnTemplate(c).startsWith(`${tagLfn(c)}.$PANDAID.`)).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('mutations that break the grammar', () => {
  const runFree = composedArb({ runFree: true });

  it('bad version fields are reported with the field', () => {
    const badField = fc.oneof(
      fc.tuple(fc.constant(0), fc.oneof(fc.integer({ min: 0, max: 9 }).map(String), fc.integer({ min: 100, max: 9999 }).map(String))),
      fc.tuple(fc.constant(1), fc.oneof(fc.constantFrom('00', '13', '20', '99'), fc.integer({ min: 1, max: 9 }).map(String))),
      fc.tuple(fc.constant(2), fc.integer({ min: 0, max: 99 }).map((n) => `0${n}`)),
    );
    fc.assert(
      fc.property(runFree, badField, (c, [index, value]) => {
        const fields = c.detectorVersion.split('.');
        fields[index] = value;
        const version = fields.join('.');
        const name = composedParts({ ...c, detectorVersion: version }).join('.');
        const error = expectInvalid(() => parsePhysicalName(name));
        expect(error.problem).toBe('BAD_VERSION');
        expect(error.reason).toContain(`'${version}'`);
        expect(error.reason).toContain(value);
        expect(name.slice(error.position, (error.position ?? 0) + value.length)).toBe(value);
      }),
      PROPERTY_RUNS,
    );
  });

  it('a missing p/e/s/r tag is named', () => {
    fc.assert(
      fc.property(runFree, fc.integer({ min: 3, max: 6 }), (c, drop) => {
        const parts = composedParts(c);
        const letter = parts[drop]?.[0] ?? '';
        parts.splice(drop, 1);
        const error = expectInvalid(() => parseComposedName(parts.join('.')));
        expect(error.problem).toBe('MISSING_RUN');
        expect(error.reason).toContain(`${letter}<INT>`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('try1, try0 and tries with leading zeros are rejected', () => {
    fc.assert(
      fc.property(
        runFree,
        fc.constantFrom('try1', 'try0', 'try01', 'try002'),
        fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
        (c, suffix, block) => {
          const name = [...composedParts(c), suffix, ...(block === null ? [] : [`b${block}`])].join('.');
          const error = expectInvalid(() => parsePhysicalName(name));
          expect(error.problem).toBe('BAD_TRY');
          expect(error.reason).toContain(`'${suffix}'`);
          expect(error.segment).toBe(suffix);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('b0 and blocks with leading zeros are rejected', () => {
    fc.assert(
      fc.property(physicalArb({ runFree: true }), fc.constantFrom('b0', 'b00', 'b01', 'b0007'), (p, suffix) => {
        const name = `${formatPhysicalName({ ...p, block: null })}.${suffix}`;
        const error = expectInvalid(() => parsePhysicalName(name));
        expect(error.problem).toBe('BAD_BLOCK');
        expect(error.reason).toContain(`'${suffix}'`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('illegal characters are reported with their position', () => {
    const illegal = fc.constantFrom(' ', '\t', '\n', '/', ':', '#', '*', '@', ',', '(', '"', "'", 'é', 'µ', '\u00a0');
    fc.assert(
      fc.property(physicalArb(), illegal, fc.nat(), (p, ch, at) => {
        const valid = formatPhysicalName(p);
        const index = at % (valid.length + 1);
        const name = valid.slice(0, index) + ch + valid.slice(index);
        for (const parse of [parseComposedName, parsePhysicalName]) {
          const error = expectInvalid(() => parse(name));
          expect(error.problem).toBe('ILLEGAL_CHARACTER');
          expect(error.position).toBe(index);
          expect(error.segment).toBe(ch);
          expect(error.reason).toContain(`position ${index}`);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('empty segments are reported with their position', () => {
    fc.assert(
      fc.property(physicalArb(), fc.nat(), (p, pick) => {
        const valid = formatPhysicalName(p);
        const dots = [...valid].flatMap((ch, i) => (ch === '.' ? [i] : []));
        const dot = dots[pick % dots.length] ?? 0;
        const name = `${valid.slice(0, dot)}.${valid.slice(dot)}`;
        const error = expectInvalid(() => parsePhysicalName(name));
        expect(error.problem).toBe('EMPTY_SEGMENT');
        expect(error.position).toBe(dot + 1);
        expect(error.reason).toContain(`position ${dot + 1}`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('a composed name ending in b<INT> or try<INT> is rejected as ambiguous', () => {
    fc.assert(
      fc.property(runFree, fc.constantFrom('b', 'try'), fc.nat({ max: 9999 }), (c, prefix, n) => {
        const suffix = `${prefix}${n}`;
        const name = `${formatComposedName(c)}.${suffix}`;
        const error = expectInvalid(() => parseComposedName(name));
        expect(error.problem).toBe('AMBIGUOUS_SUFFIX');
        expect(error.reason).toContain(`'${suffix}'`);
        expect(error.position).toBe(name.length - suffix.length);

        const formatError = expectInvalid(() =>
          formatComposedName({ ...c, sampleName: c.sampleName === null ? suffix : `${c.sampleName}.${suffix}` }),
        );
        expect(formatError.reason).toContain(`'${suffix}'`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('a sample ending in b<INT> before real suffixes is rejected', () => {
    fc.assert(
      fc.property(
        runFree,
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 1, max: 99 }),
        fc.boolean(),
        (c, stray, tryNumber, block, withBlock) => {
          const tail = withBlock ? [`try${tryNumber}`, `b${block}`] : [`try${tryNumber}`];
          const name = [...composedParts(c), `b${stray}`, ...tail].join('.');
          const error = expectInvalid(() => parsePhysicalName(name));
          expect(error.problem).toBe('AMBIGUOUS_SUFFIX');
          expect(error.reason).toContain(`'b${stray}'`);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('a sample starting with k<INT> after the background tag is rejected', () => {
    fc.assert(
      fc.property(runFree, fc.nat({ max: 99 }), fc.nat({ max: 99 }), (c, bg, k) => {
        const name = [...composedParts({ ...c, backgroundTag: bg, sampleName: null }), `k${k}`, ...(c.sampleName ? [c.sampleName] : [])].join('.');
        const error = expectInvalid(() => parseComposedName(name));
        expect(error.problem).toBe('BAD_SAMPLE');
        expect(error.reason).toContain(`'k${k}'`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('a second tag run is rejected', () => {
    fc.assert(
      fc.property(runFree, fc.array(fc.nat({ max: 999 }), { minLength: 4, maxLength: 4 }), (c, [p, e, s, r]) => {
        const run = `p${p}.e${e}.s${s}.r${r}`;
        const name = `${formatComposedName(c)}.${run}`;
        const error = expectInvalid(() => parsePhysicalName(name));
        expect(error.problem).toBe('DUPLICATE_RUN');
        expect(error.reason).toContain(run);
      }),
      PROPERTY_RUNS,
    );
  });

  it('an unknown scope is named', () => {
    const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/).filter((t) => !/^[pesr][0-9]+$/.test(t));
    const scope = fc
      .array(token, { minLength: 1, maxLength: 3 })
      .map((parts) => parts.join('.'))
      .filter((s) => s !== 'group.EIC' && s !== 'group.EIC.evgen');
    fc.assert(
      fc.property(runFree, scope, (c, badScope) => {
        const name = composedParts({ ...c, scope: badScope }).join('.');
        const error = expectInvalid(() => parseComposedName(name));
        expect(error.problem).toBe('BAD_SCOPE');
        expect(error.reason).toContain(`'${badScope}'`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('a bad detector config is named', () => {
    const bad = fc.oneof(
      fc.stringMatching(/^[0-9_][A-Za-z0-9_]{0,8}$/),
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,4}[+=-][A-Za-z0-9_+=-]{0,4}$/),
    );
    fc.assert(
      fc.property(runFree, bad, (c, dconf) => {
        const name = composedParts({ ...c, detectorConfig: dconf }).join('.');
        const error = expectInvalid(() => parseComposedName(name));
        expect(error.problem).toBe('BAD_DETECTOR_CONFIG');
        expect(error.reason).toContain(`'${dconf}'`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('names over 255 characters are rejected', () => {
    fc.assert(
      fc.property(composedArb(), fc.integer({ min: 256, max: 600 }), (c, length) => {
        const stem = formatComposedName({ ...c, sampleName: null });
        const name = `${stem}.${'x'.repeat(Math.max(1, length - stem.length - 1))}`;
        const error = expectInvalid(() => parsePhysicalName(name));
        expect(error.problem).toBe('TOO_LONG');
        expect(error.reason).toContain('255');
        expect(error.reason).toContain(String(name.length));
      }),
      PROPERTY_RUNS,
    );
  });
});
