import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../harness/providers/offline/extract-entities.ts';

describe('extractEntities', () => {
  it('finds task and job ids, sites and windows', () => {
    const e = extractEntities('Why did task 38511 fail at BNL_ePIC_GOOGLE in the last 24 h? Look at job 1685001.');
    expect(e.jediTaskIds).toEqual([38511]);
    expect(e.pandaIds).toEqual([1685001]);
    expect(e.sites).toEqual(['BNL_ePIC_GOOGLE']);
    expect(e.windowHours).toBe(24);
  });

  it('keeps composed names and DIDs whole and does not mistake their parts for campaigns or tags', () => {
    const e = extractEntities('Is group.EIC:group.EIC.26.07.1.epic_craterlake.p2339.e1.s1.r1.b1 complete, and where is group.EIC.26.07.1.epic_craterlake.p2365.e1.s1.r1.try2?');
    expect(e.dids).toEqual(['group.EIC:group.EIC.26.07.1.epic_craterlake.p2339.e1.s1.r1.b1']);
    expect(e.composedNames).toContain('group.EIC.26.07.1.epic_craterlake.p2365.e1.s1.r1.try2');
    expect(e.campaigns).toEqual([]);
    expect(e.tagLabels).toEqual([]);
  });

  it('finds campaigns, proposal refs, tags, runs and beams', () => {
    const e = extractEntities('What changed between 26.07.0 and 26.07.1 for p3001? Deny CP-12. Run 102023 at 18x275, last 3 days');
    expect(e.campaigns).toEqual(['26.07.0', '26.07.1']);
    expect(e.proposalRefs).toEqual(['cp-12']);
    expect(e.tagLabels).toEqual(['p3001']);
    expect(e.runNumbers).toEqual([102023]);
    expect(e.beams).toEqual(['18x275']);
    expect(e.windowHours).toBe(72);
  });

  it('does not invent entities', () => {
    const e = extractEntities('How is production going?');
    expect(e).toMatchObject({ jediTaskIds: [], pandaIds: [], sites: [], campaigns: [], windowHours: undefined });
  });
});
