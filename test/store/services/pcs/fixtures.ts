import { DomainError } from '../../../../store/services/errors.ts';
import type { Database } from '../../../../store/db/database.ts';
import { createCategory } from '../../../../store/services/pcs/category-service.ts';
import { createDataset } from '../../../../store/services/pcs/dataset-service.ts';
import { createProdConfig } from '../../../../store/services/pcs/prod-config-service.ts';
import type { Actor } from '../../../../store/services/pcs/service-support.ts';
import { createTag, lockTag } from '../../../../store/services/pcs/tag-service.ts';
import { intakeTask } from '../../../../store/services/pcs/task-service.ts';

export const alice: Actor = { username: 'alice', role: 'physicist' };
export const bob: Actor = { username: 'bob', role: 'physicist' };
export const manager: Actor = { username: 'carol', role: 'production-manager' };
export const operator: Actor = { username: 'dave', role: 'operator' };

export interface PcsFixture {
  physics: string;
  evgen: string;
  simu: string;
  reco: string;
  background: string;
  prodConfig: string;
}

let categoriesMade = false;

/** A full tag set (locked), a prod config and the categories, built through the services themselves. */
export async function makeTagSet(db: Database, suffix: string): Promise<PcsFixture> {
  if (!categoriesMade) {
    for (const [digit, name] of [[1, 'Single Particle'], [2, 'DIS'], [3, 'DVCS'], [6, 'Background']] as const) {
      await createCategory(db, manager, { digit, name }).catch(() => undefined);
    }
    categoriesMade = true;
  }
  const tags = {
    physics: await createTag(db, alice, { type: 'p', category: 2, description: `DIS NC 18x275 ${suffix}`, parameters: { process: 'DIS_NC', beam_energy_electron: '18', beam_energy_hadron: '275', q2_range: 'minQ2=1' } }),
    evgen: await createTag(db, alice, { type: 'e', parameters: { generator: 'pythia8', generator_version: '8.310', radiative: 'off' } }),
    simu: await createTag(db, alice, { type: 's', parameters: { detector_sim: 'npsim', sim_version: '26.02.0' } }),
    reco: await createTag(db, alice, { type: 'r', parameters: { reco_version: '26.02.0', reco_config: 'standard' } }),
    background: await createTag(db, alice, { type: 'k', parameters: { background_type: 'BEAMGAS', bg_tag_prefix: 'Bkg_Exact1S_2us/GoldCt/5um', bg_files: 'beamgas.hepmc3.tree.root' } }),
  };
  for (const t of Object.values(tags)) await lockTag(db, alice, t.tagLabel);
  const config = await createProdConfig(db, manager, {
    name: `DIS 18x275 standard ${suffix}`, jug_xl_tag: '26.02.0-stable', container_image: 'docker://eicweb/jug_xl:26.02.0-stable', events_per_task: 100000, target_hours_per_job: 2,
    panda_site: 'BNL_EPIC_PROD_1', panda_queue: 'BNL_EPIC_PROD_1', rucio_rse: 'BNL-XRD',
    data: { n_jobs: 100, events_per_job: 1000, corecount: 1, task_priority: 900, prod_source_label: 'test', processing_type: 'epicproduction', transformation: 'runGen-00-00-02', vo: 'wlcg', exec_command: './run.sh', log_rse: 'EIC-XRD-LOG', scope: 'group.EIC' },
  });
  return { physics: tags.physics.tagLabel, evgen: tags.evgen.tagLabel, simu: tags.simu.tagLabel, reco: tags.reco.tagLabel, background: tags.background.tagLabel, prodConfig: config.name };
}

/** A dataset with one matched EVGEN input and a draft task on it: ready to pass the readiness gate. */
export async function makeReadyableTask(db: Database, fixture: PcsFixture, sample: string, extra: { campaign?: string; matched?: boolean } = {}) {
  const output = await createDataset(db, alice, {
    physics_tag: fixture.physics, evgen_tag: fixture.evgen, simu_tag: fixture.simu, reco_tag: fixture.reco, detector_version: '26.02.0', detector_config: 'epic_craterlake',
    sample_name: sample, ...(extra.campaign ? { campaign: extra.campaign } : {}),
    metadata: extra.matched === false ? {} : { rucio: { matched: [{ did: 'epic:/EVGEN/DIS/NC/18x275/minQ2=1', stage: 'evgen', file_count: 10, complete: true }] } },
  });
  const { task } = await intakeTask(db, manager, { dataset: output.composedName, prod_config: fixture.prodConfig, intake_key: `test:${sample}`, csv_file: 'DIS/NC/18x275/minQ2=1/DIS_NC_18x275_minQ2=1.csv' });
  return { dataset: output, task };
}

/** Awaits a call that must fail with a domain error and returns it for assertions on code and details. */
export async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a domain error');
}
