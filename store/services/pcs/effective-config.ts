import type { prodConfig } from '../../schema/pcs.ts';
import { asObject, type JsonObject } from './service-support.ts';

type ProdConfigRow = typeof prodConfig.$inferSelect;

/** Prod-config fields in their wire (snake_case) names, the vocabulary task `overrides` use. */
export function prodConfigToWire(config: ProdConfigRow): JsonObject {
  return {
    name: config.name, description: config.description, bg_mixing: config.bgMixing, bg_cross_section: config.bgCrossSection, bg_evtgen_file: config.bgEvtgenFile,
    copy_reco: config.copyReco, copy_full: config.copyFull, copy_log: config.copyLog, use_rucio: config.useRucio, jug_xl_tag: config.jugXlTag,
    container_image: config.containerImage, target_hours_per_job: config.targetHoursPerJob, events_per_task: config.eventsPerTask, condor_template: config.condorTemplate,
    panda_site: config.pandaSite, panda_queue: config.pandaQueue, panda_working_group: config.pandaWorkingGroup, panda_resource_type: config.pandaResourceType,
    rucio_rse: config.rucioRse, rucio_replication_rules: config.rucioReplicationRules, data: config.data,
  };
}

/** Effective config = prod config with the task's overrides applied key-wise, nested `data` merged (DOMAIN §2.7). */
export function effectiveConfig(config: ProdConfigRow, overrides: JsonObject): JsonObject {
  const base = prodConfigToWire(config);
  const result: JsonObject = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in base)) continue;
    result[key] = key === 'data' ? { ...asObject(base['data']), ...asObject(value) } : value;
  }
  return result;
}

export function configData(effective: JsonObject): JsonObject {
  return asObject(effective['data']);
}

/** A prod config created only to satisfy the FK ("Placeholder — no bound configuration") is not a binding. */
export function isPlaceholderConfig(config: ProdConfigRow): boolean {
  return config.name.toLowerCase().startsWith('placeholder') || asObject(config.data)['placeholder'] === true;
}
