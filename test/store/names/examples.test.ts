import { describe, expect, it } from 'vitest';
import {
  formatComposedName,
  formatDid,
  formatPhysicalName,
  parseComposedName,
  parseDid,
  parsePhysicalName,
  type ComposedName,
} from '../../../store/names/index.ts';

const base: ComposedName = {
  scope: 'group.EIC',
  detectorVersion: '26.02.0',
  detectorConfig: 'epic_craterlake',
  physicsTag: 3001,
  evgenTag: 1,
  simuTag: 1,
  recoTag: 1,
  backgroundTag: null,
  sampleName: null,
};

describe('reference examples', () => {
  it('parses a plain composed name', () => {
    const name = 'group.EIC.26.02.0.epic_craterlake.p3001.e1.s1.r1';
    expect(parseComposedName(name)).toEqual(base);
    expect(formatComposedName(parseComposedName(name))).toBe(name);
  });

  it('parses a sample name', () => {
    const name = 'group.EIC.26.02.0.epic_craterlake.p1141.e37.s1.r1.45to135deg';
    expect(parseComposedName(name)).toEqual({ ...base, physicsTag: 1141, evgenTag: 37, sampleName: '45to135deg' });
    expect(formatComposedName(parseComposedName(name))).toBe(name);
  });

  it('parses a background tag followed by a sample', () => {
    const name = 'group.EIC.26.06.0.epic_craterlake.p3001.e1.s1.r1.k1.sample';
    expect(parseComposedName(name)).toEqual({ ...base, detectorVersion: '26.06.0', backgroundTag: 1, sampleName: 'sample' });
    expect(formatComposedName(parseComposedName(name))).toBe(name);
  });

  it('keeps a dotted sample verbatim', () => {
    const name = 'group.EIC.26.02.0.epic_craterlake.p1.e1.s1.r1.ma_0.1.q2_1to10.pi+';
    expect(parseComposedName(name).sampleName).toBe('ma_0.1.q2_1to10.pi+');
    expect(formatComposedName(parseComposedName(name))).toBe(name);
  });

  it('parses a PanDA task name of attempt 2', () => {
    const name = 'group.EIC.26.07.1.epic_craterlake.p2365.e1.s1.r1.try2';
    expect(parsePhysicalName(name)).toEqual({
      ...base,
      detectorVersion: '26.07.1',
      physicsTag: 2365,
      tryNumber: 2,
      block: null,
    });
    expect(formatPhysicalName(parsePhysicalName(name))).toBe(name);
  });

  it('parses the external EVGEN scope', () => {
    const name = 'group.EIC.evgen.26.02.0.epic_craterlake.p3001.e1.s1.r1';
    expect(parseComposedName(name)).toEqual({ ...base, scope: 'group.EIC.evgen' });
    expect(formatComposedName(parseComposedName(name))).toBe(name);
  });

  it('treats a composed name as a first-attempt physical name without block', () => {
    const name = 'group.EIC.26.02.0.epic_craterlake.p3001.e1.s1.r1';
    expect(parsePhysicalName(name)).toEqual({ ...base, tryNumber: null, block: null });
  });

  it('parses a block-1 DID', () => {
    const did = 'group.EIC:group.EIC.26.07.1.epic_craterlake.p2339.e1.s1.r1.b1';
    expect(parseDid(did)).toEqual({
      kind: 'block',
      scope: 'group.EIC',
      physical: { ...base, detectorVersion: '26.07.1', physicsTag: 2339, tryNumber: null, block: 1 },
    });
    expect(formatDid(parseDid(did))).toBe(did);
  });

  it('parses a DID of a retried task', () => {
    const did = 'group.EIC:group.EIC.26.07.1.epic_craterlake.p2365.e1.s1.r1.try2.b3';
    expect(parseDid(did)).toEqual({
      kind: 'block',
      scope: 'group.EIC',
      physical: { ...base, detectorVersion: '26.07.1', physicsTag: 2365, tryNumber: 2, block: 3 },
    });
    expect(formatDid(parseDid(did))).toBe(did);
  });

  it('parses a log dataset DID', () => {
    const did = 'group.EIC:group.EIC.26.07.1.epic_craterlake.p2339.e1.s1.r1.log';
    expect(parseDid(did)).toEqual({
      kind: 'log',
      scope: 'group.EIC',
      outDs: { ...base, detectorVersion: '26.07.1', physicsTag: 2339, tryNumber: null, block: null },
    });
    expect(formatDid(parseDid(did))).toBe(did);
  });

  it('reads a trailing .b<N> as the block of a physical name', () => {
    const name = 'group.EIC.26.02.0.epic_craterlake.p1.e1.s1.r1.minQ2=10.b2';
    expect(parsePhysicalName(name)).toMatchObject({ sampleName: 'minQ2=10', tryNumber: null, block: 2 });
  });

  it('allows suffix-shaped words inside a sample', () => {
    const name = 'group.EIC.26.02.0.epic_craterlake.p1.e1.s1.r1.try2.k3.b4.x';
    expect(parseComposedName(name)).toMatchObject({ backgroundTag: null, sampleName: 'try2.k3.b4.x' });
  });
});
