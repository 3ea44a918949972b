import type { Executor } from '../../db/database.ts';
import { isPlaceholderConfig } from './effective-config.ts';
import { asObject } from './service-support.ts';
import { readSysConfigFlag, type TaskContext } from './task-context.ts';

/** Gate names are part of the API: clients branch on `details.gate`. */
export type ReadinessGate = 'copies_output' | 'evgen_input' | 'beam_match' | 'background_tag' | 'prod_config_bound' | 'tags_locked';

export interface GateFailure {
  gate: ReadinessGate;
  message: string;
}

export interface ReadinessReport {
  failures: GateFailure[];
  /** Commissioning relaxation: problems are reported, not enforced. */
  commissioning: boolean;
}

function nonEmptyList(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.length > 0;
}

/** `EBEAMxPBEAM` as the catalog writes it, e.g. 18x275. */
export function physicsBeam(parameters: Record<string, string>): string | null {
  const e = parameters['beam_energy_electron'];
  const h = parameters['beam_energy_hadron'];
  return e && h && e !== 'N/A' && h !== 'N/A' ? `${e}x${h}` : null;
}

/** The catalog's beam for a task: the public-catalog row (overrides.beam) or the dataset's tag facets. */
function catalogBeam(context: TaskContext): string | null {
  const overrides = asObject(context.task.overrides);
  const facets = asObject(asObject(context.dataset.metadata)['tag_facets']);
  const beam = overrides['beam'] ?? facets['beam'];
  return typeof beam === 'string' && beam ? beam : null;
}

/** The readiness gate for draft→ready (DOMAIN §2.9), every failing gate listed. */
export async function evaluateReadiness(db: Executor, context: TaskContext): Promise<ReadinessReport> {
  const failures: GateFailure[] = [];
  const { effective, tags, task, dataset } = context;
  if (effective['copy_reco'] !== true && effective['copy_full'] !== true) {
    failures.push({ gate: 'copies_output', message: 'the effective config copies neither RECO nor FULL output; set copy_reco or copy_full' });
  }
  const overrides = asObject(task.overrides);
  const matched = asObject(asObject(dataset.metadata)['rucio'])['matched'];
  if (!nonEmptyList(matched) && !nonEmptyList(overrides['input_dataset_dids']) && !nonEmptyList(overrides['input_dataset_did'])) {
    failures.push({ gate: 'evgen_input', message: 'no matched Rucio EVGEN input: dataset.metadata.rucio.matched and overrides.input_dataset_dids are empty' });
  }
  const tagBeam = physicsBeam(tags.physics.parameters);
  const listed = catalogBeam(context);
  if (listed && tagBeam && listed !== tagBeam) {
    failures.push({ gate: 'beam_match', message: `physics tag ${tags.physics.tagLabel} is ${tagBeam} but the catalog lists ${listed}` });
  }
  const legacyBackground = Boolean(tags.evgen.parameters['bg_tag_prefix'] || tags.evgen.parameters['bg_files']);
  if (effective['bg_mixing'] === true && !tags.background && !legacyBackground) {
    failures.push({ gate: 'background_tag', message: 'bg_mixing is on but the dataset has no k tag and the EvGen tag no legacy background parameters' });
  }
  if (isPlaceholderConfig(context.prodConfig)) {
    failures.push({ gate: 'prod_config_bound', message: `prod config "${context.prodConfig.name}" is a placeholder; bind a real prod config` });
  }
  if (await readSysConfigFlag(db, 'pcs_require_locked_tags', false)) {
    const drafts = Object.values(tags).filter((t) => t && t.status !== 'locked').map((t) => t!.tagLabel);
    if (drafts.length) failures.push({ gate: 'tags_locked', message: `tags must be locked before submission; still draft: ${drafts.join(', ')}` });
  }
  return { failures, commissioning: await readSysConfigFlag(db, 'pcs_commissioning_mode', false) };
}
