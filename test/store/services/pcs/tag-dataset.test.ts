import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../../support/test-store.ts';
import { addDatasetBlock, createDataset, setDatasetPropagation } from '../../../../store/services/pcs/dataset-service.ts';
import { copyTag, createTag, deleteTag, diffTags, editTag, listTags, lockTag } from '../../../../store/services/pcs/tag-service.ts';
import { alice, bob, domainError, makeTagSet } from './fixtures.ts';

const getStore = useTestStore({ empty: true });

describe('tags', () => {
  it('numbers physics tags with a suffix counter shared across categories and others sequentially', async () => {
    const db = getStore().db;
    await makeTagSet(db, 'numbering');
    const dis = await createTag(db, alice, { type: 'p', category: 2, parameters: {} });
    const dvcs = await createTag(db, alice, { type: 'p', category: 3, parameters: {} });
    expect(dvcs.tagNumber).toBe(3000 + (dis.tagNumber - 2000) + 1);
    const e1 = await createTag(db, alice, { type: 'e' });
    const e2 = await createTag(db, alice, { type: 'e' });
    expect(e2.tagNumber).toBe(e1.tagNumber + 1);
    expect(e2.tagLabel).toBe(`e${e2.tagNumber}`);
  });

  it('refuses to lock without required parameters and names them', async () => {
    const db = getStore().db;
    const draft = await createTag(db, alice, { type: 'r', parameters: { reco_version: '26.02.0' } });
    const error = await domainError(lockTag(db, alice, draft.tagLabel));
    expect(error.code).toBe('TAG_REQUIRED_PARAMETERS_MISSING');
    expect(error.details).toMatchObject({ gate: 'tag_required_parameters', missing: ['reco_config'] });
  });

  it('lets only the creator edit, and nobody edit a locked tag', async () => {
    const db = getStore().db;
    const draft = await createTag(db, alice, { type: 's', parameters: { detector_sim: 'npsim' } });
    expect((await domainError(editTag(db, bob, draft.tagLabel, { description: 'x', row_version: 1 }))).code).toBe('NOT_TAG_OWNER');
    const edited = await editTag(db, alice, draft.tagLabel, { parameters: { detector_sim: 'npsim', sim_version: '26.02.0' }, row_version: 1 });
    expect(edited.rowVersion).toBe(2);
    await lockTag(db, alice, draft.tagLabel);
    expect((await domainError(editTag(db, alice, draft.tagLabel, { description: 'y', row_version: 3 }))).code).toBe('TAG_LOCKED');
    expect((await domainError(deleteTag(db, alice, draft.tagLabel))).code).toBe('TAG_LOCKED');
  });

  it('reports a stale edit with what changed and who changed it', async () => {
    const db = getStore().db;
    const draft = await createTag(db, alice, { type: 'e', parameters: { generator: 'pythia8' } });
    await editTag(db, alice, draft.tagLabel, { parameters: { generator: 'pythia8', generator_version: '8.310' }, row_version: 1 });
    const error = await domainError(editTag(db, alice, draft.tagLabel, { description: 'late', row_version: 1 }));
    expect(error.code).toBe('ROW_VERSION_MISMATCH');
    expect(error.details).toMatchObject({ expected_row_version: 1, current_row_version: 2, changed_fields: ['parameters'] });
  });

  it('copies any tag to a new draft with the next number, diffs it, and searches parameters', async () => {
    const db = getStore().db;
    const source = await createTag(db, bob, { type: 'k', parameters: { background_type: 'SYNRAD' } });
    await lockTag(db, bob, source.tagLabel);
    const copy = await copyTag(db, alice, source.tagLabel);
    expect(copy).toMatchObject({ status: 'draft', createdBy: 'alice', parameters: { background_type: 'SYNRAD' } });
    expect(copy.tagNumber).toBeGreaterThan(source.tagNumber);
    await editTag(db, alice, copy.tagLabel, { parameters: { background_type: 'BEAMGAS', bg_source: 'proton' }, row_version: 1 });
    const diff = await diffTags(db, source.tagLabel, copy.tagLabel);
    expect(diff.differences).toEqual([
      { field: 'parameters.background_type', a: 'SYNRAD', b: 'BEAMGAS' },
      { field: 'parameters.bg_source', a: null, b: 'proton' },
    ]);
    const found = await listTags(db, { type: 'k', q: 'SYNRAD' });
    expect(found.items.map((t) => t.tagLabel)).toContain(source.tagLabel);
  });
});

describe('datasets', () => {
  it('composes the name and DID, mints one physics config per semantic key, and adds blocks', async () => {
    const db = getStore().db;
    const set = await makeTagSet(db, 'ds');
    const spec = { physics_tag: set.physics, evgen_tag: set.evgen, simu_tag: set.simu, reco_tag: set.reco, detector_version: '26.02.0', detector_config: 'epic_craterlake' };
    const first = await createDataset(db, alice, { ...spec, sample_name: '45to135deg' });
    expect(first.composedName).toBe(`group.EIC.26.02.0.epic_craterlake.${set.physics}.${set.evgen}.${set.simu}.${set.reco}.45to135deg`);
    expect(first.did).toBe(`group.EIC:${first.composedName}.b1`);
    const nextEdition = await createDataset(db, alice, { ...spec, detector_version: '26.03.0', sample_name: '45to135deg' });
    expect(nextEdition.physicsConfigId).toBe(first.physicsConfigId);
    const other = await createDataset(db, alice, { ...spec, sample_name: '130to177deg' });
    expect(other.physicsConfigId).not.toBe(first.physicsConfigId);
    const block2 = await addDatasetBlock(db, alice, first.composedName);
    expect(block2).toMatchObject({ blockNum: 2, blocks: 2, did: `group.EIC:${first.composedName}.b2` });
    expect((await domainError(createDataset(db, alice, { ...spec, sample_name: '45to135deg' }))).code).toBe('DATASET_EXISTS');
  });

  it('refuses reserved sample tokens with INVALID_NAME', async () => {
    const db = getStore().db;
    const set = await makeTagSet(db, 'reserved');
    const spec = { physics_tag: set.physics, evgen_tag: set.evgen, simu_tag: set.simu, reco_tag: set.reco, detector_version: '26.02.0', detector_config: 'epic_craterlake' };
    for (const sample of ['k2.extra', 'sample.b3', 'sample.try2']) {
      expect((await domainError(createDataset(db, alice, { ...spec, sample_name: sample }))).code).toBe('INVALID_NAME');
    }
  });

  it('needs a comment for disposition changes and keeps their history', async () => {
    const db = getStore().db;
    const set = await makeTagSet(db, 'prop');
    const row = await createDataset(db, alice, { physics_tag: set.physics, evgen_tag: set.evgen, simu_tag: set.simu, reco_tag: set.reco, detector_version: '26.02.0', detector_config: 'epic_craterlake' });
    expect((await domainError(setDatasetPropagation(db, alice, { names: [row.composedName], state: 'hold', comment: ' ' }))).code).toBe('INVALID_INPUT');
    await setDatasetPropagation(db, alice, { names: [row.composedName], state: 'hold', comment: 'waiting for new generator' });
    const result = await setDatasetPropagation(db, alice, { names: [row.composedName], state: 'final', comment: 'superseded' });
    expect(result.updated).toBe(1);
  });
});
