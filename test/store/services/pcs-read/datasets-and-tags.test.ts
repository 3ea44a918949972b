import { beforeAll, describe, expect, it } from 'vitest';
import { InvalidNameError } from '../../../../store/names/index.ts';
import { getDataset } from '../../../../store/services/pcs-read/datasets.ts';
import { diffTags } from '../../../../store/services/pcs-read/tags.ts';
import { useTestStore } from '../../../support/test-store.ts';
import { FX, loadFixture } from '../../../mcp/support/fixture.ts';

const store = useTestStore();
beforeAll(async () => loadFixture(store()));

describe('PCS reads', () => {
  it('finds the same dataset by composed name and by block DID', async () => {
    const byName = await getDataset(store().db, FX.composed);
    const byDid = await getDataset(store().db, FX.did);
    expect(byDid.dataset).toEqual(byName.dataset);
    expect(byName.blocks).toEqual([expect.objectContaining({ block: 1, did: FX.did })]);
    expect(byName.tags.map((t) => t.tag_label)).toEqual(['e9901', 'p9901', 'r9901', 's9901']);
  });

  it('tells a malformed name (grammar error) from an unknown well-formed one (not found)', async () => {
    await expect(getDataset(store().db, 'group.EIC.26.02.0.epic_craterlake.p1.e1')).rejects.toBeInstanceOf(InvalidNameError);
    await expect(getDataset(store().db, 'group.EIC.18.01.0.epic_craterlake.p9901.e9901.s9901.r9901')).rejects.toMatchObject({ code: 'DATASET_NOT_FOUND' });
  });

  it('refuses to diff tags of different types', async () => {
    await expect(diffTags(store().db, 'p9901', 'e9901')).rejects.toMatchObject({ code: 'TAG_TYPE_MISMATCH' });
  });
});
