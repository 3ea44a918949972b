import { dataset, physicsConfig } from '../schema/pcs.ts';
import { addHours, insertBatched, type SeedContext } from './context.ts';
import type { CampaignPlan } from './generate-campaigns.ts';
import type { SeededTag, TagRegistry } from './generate-tags.ts';
import { EVGEN_FOR_GENERATOR, EVGEN_PATHS, PWG_FOR_DIGIT } from './physics-values.ts';
import type { Rng } from './random.ts';

export interface DatasetPlan {
  id: number;
  campaign: CampaignPlan;
  composed: string;
  detectorVersion: string;
  physics: SeededTag;
  evgen: SeededTag;
  simu: SeededTag;
  reco: SeededTag;
  bg: SeededTag | null;
  sample: string;
  pcId: number;
  pcLabel: string;
  blocks: number;
  propagation: 'continue' | 'hold' | 'final';
  expectedEvents: number;
  createdAt: Date;
}

export const DETECTOR_CONFIG = 'epic_craterlake';

export function composeName(scope: string, dver: string, tags: { p: number; e: number; s: number; r: number; k: number | null }, sample: string): string {
  return `${scope}.${dver}.${DETECTOR_CONFIG}.p${tags.p}.e${tags.e}.s${tags.s}.r${tags.r}${tags.k ? `.k${tags.k}` : ''}${sample ? `.${sample}` : ''}`;
}

interface Combo { physics: SeededTag; sample: string; bgLabel: string | null }

function combosFor(ctx: SeedContext, tags: TagRegistry, c: CampaignPlan): Combo[] {
  const out: Combo[] = [];
  const draftAllowed = c.lifecycle === 'current' || c.lifecycle === 'future';
  for (const p of tags.physics) {
    if (!p.locked && !draftAllowed) continue;
    const bases = p.spec?.samples ?? [''];
    for (const base of bases) {
      for (let v = 0; v < ctx.params.sampleVariants; v++) {
        const sample = v === 0 ? base : `${base ? `${base}.` : ''}part${String(v).padStart(2, '0')}`;
        out.push({ physics: p, sample, bgLabel: null });
      }
    }
  }
  return out;
}

function pickEvgen(rng: Rng, tags: TagRegistry, physics: SeededTag, c: CampaignPlan): SeededTag {
  const generator = physics.spec?.generator ?? 'pythia8';
  let n = EVGEN_FOR_GENERATOR[generator] ?? 1;
  if (generator === 'pythia8' && !c.twoField && rng.chance(0.4)) n = rng.pick([14, 15]);
  if (physics.parameters.process === 'DVCS' && rng.chance(0.25)) n = rng.pick([12, 13]);
  if (generator === 'BeAGLE') n = rng.pick([4, 5, 6]);
  return tags.byLabel.get(`e${n}`)!;
}

function simuRecoFor(rng: Rng, c: CampaignPlan, familyIndexFromCurrent: number): [number, number] {
  if (!c.twoField || familyIndexFromCurrent > 2) return [1, 1];
  if (familyIndexFromCurrent <= 0 && rng.chance(0.15)) return [3, 3];
  return [2, 2];
}

export interface DatasetResult { reco: DatasetPlan[]; evgenInputs: DatasetPlan[] }

export async function generateDatasets(ctx: SeedContext, tags: TagRegistry, campaigns: readonly CampaignPlan[]): Promise<DatasetResult> {
  const rng = ctx.rng.fork('datasets');
  const pcs = new Map<string, { id: number; label: string }>();
  let pcCounter = 0;
  const reco: DatasetPlan[] = [];
  const currentIndex = campaigns.findIndex((c) => c.lifecycle === 'current');
  const withData = campaigns.filter((c) => c.panda || c.lifecycle === 'future' || !c.twoField);
  for (const c of withData) {
    const idx = campaigns.indexOf(c);
    const target = c.panda ? ctx.params.datasetsPerCampaign : c.lifecycle === 'future' ? Math.ceil(ctx.params.datasetsPerCampaign / 4) : ctx.params.pastOutputPerCampaign;
    const combos = rng.shuffle(combosFor(ctx, tags, c)).slice(0, Math.max(0, target - 1));
    // Every PanDA-era campaign carries one background-only sample (p6001 + k tag).
    if (c.panda || c.lifecycle === 'future') combos.push({ physics: tags.noSignal, sample: '', bgLabel: rng.pick(['k1', 'k2']) });
    const plans: Omit<DatasetPlan, 'id' | 'pcId' | 'pcLabel'>[] = [];
    const newPcs: (typeof physicsConfig.$inferInsert)[] = [];
    for (const combo of combos) {
      const evgen = combo.physics === tags.noSignal ? tags.byLabel.get('e1')! : pickEvgen(rng, tags, combo.physics, c);
      const bgLabel = combo.bgLabel ?? (c.panda && rng.chance(0.08) ? rng.pick(['k1', 'k2', 'k3']) : null);
      const bg = bgLabel ? tags.byLabel.get(bgLabel)! : null;
      const [s, r] = simuRecoFor(rng, c, currentIndex - idx);
      const dver = c.twoField ? (rng.chance(0.3) ? c.patches[1]! : c.patches[0]!) : c.patches[0]!;
      const composed = composeName('group.EIC', dver, { p: combo.physics.number, e: evgen.number, s, r, k: bg?.number ?? null }, combo.sample);
      const createdAt = addHours(c.start, -rng.float(24, 24 * 10));
      const key = `${combo.physics.label}|${evgen.parameters.generator}|${evgen.parameters.generator_version}|${evgen.parameters.radiative ?? ''}|${bg?.label ?? '-'}|${combo.sample}`;
      if (!pcs.has(key)) {
        pcCounter++;
        pcs.set(key, { id: 0, label: `pc${pcCounter}` });
        const digit = Math.floor(combo.physics.number / 1000);
        newPcs.push({
          label: `pc${pcCounter}`, configKey: key, physicsTagId: combo.physics.id, backgroundTagId: bg?.id ?? null, sampleName: combo.sample,
          evgenDisplay: `${evgen.parameters.generator} ${evgen.parameters.generator_version}`,
          requestors: rng.chance(0.8) ? [PWG_FOR_DIGIT[digit] ?? 'inclusive'] : [],
          metadata: { history: [{ event: 'created', by: 'dataset_save', at: createdAt.toISOString() }] },
          createdBy: 'carol', createdAt, updatedAt: createdAt,
        });
      }
      plans.push({
        campaign: c, composed, detectorVersion: dver, physics: combo.physics, evgen, bg, simu: tags.byLabel.get(`s${s}`)!, reco: tags.byLabel.get(`r${r}`)!, sample: combo.sample, blocks: 1,
        propagation: 'continue', expectedEvents: rng.pick([400_000, 1_000_000, 2_750_000, 3_850_000, 500_000]), createdAt,
      });
    }
    if (newPcs.length > 0) {
      for (let i = 0; i < newPcs.length; i += 500) {
        const inserted = await ctx.db.insert(physicsConfig).values(newPcs.slice(i, i + 500)).returning({ id: physicsConfig.id, key: physicsConfig.configKey });
        for (const row of inserted) pcs.get(row.key)!.id = row.id;
      }
    }
    for (const p of plans) {
      const key = `${p.physics.label}|${p.evgen.parameters.generator}|${p.evgen.parameters.generator_version}|${p.evgen.parameters.radiative ?? ''}|${p.bg?.label ?? '-'}|${p.sample}`;
      const pc = pcs.get(key)!;
      reco.push({ ...p, id: 0, pcId: pc.id, pcLabel: pc.label });
    }
  }
  assignPropagation(rng, reco);
  // The last family's first dataset spans two Rucio blocks (.b1, .b2).
  const twoBlock = reco.find((d) => d.campaign.lifecycle === 'last' && d.physics !== tags.noSignal);
  if (twoBlock) twoBlock.blocks = 2;
  await insertDatasetRows(ctx, reco);
  const evgenInputs = await generateEvgenInputs(ctx, rng, reco);
  return { reco, evgenInputs };
}

function assignPropagation(rng: Rng, plans: DatasetPlan[]): void {
  for (const d of plans) {
    if (d.campaign.lifecycle === 'future') continue;
    const older = d.campaign.lifecycle === 'past';
    d.propagation = rng.weighted<'continue' | 'hold' | 'final'>(older ? [['continue', 80], ['hold', 12], ['final', 8]] : [['continue', 90], ['hold', 8], ['final', 2]]);
  }
}

function datasetRow(d: DatasetPlan, block: number, scope: string, stage: 'reco' | 'evgen', extraMeta: Record<string, unknown>): typeof dataset.$inferInsert {
  const history = d.propagation === 'continue' ? [] : [{
    state: d.propagation, previous: 'continue', comment: d.propagation === 'hold' ? 'Hold until validation of the new EvGen version' : 'Configuration superseded; no further editions',
    changed_by: 'carol', changed_at: addHours(d.createdAt, 24 * 20).toISOString(), replaced_by: '', previous_replaced_by: '',
  }];
  const p = d.physics.parameters;
  return {
    datasetName: d.composed, composedName: d.composed, scope, detectorVersion: d.detectorVersion, detectorConfig: DETECTOR_CONFIG,
    campaignId: d.campaign.id, physicsTagId: d.physics.id, evgenTagId: d.evgen.id, simuTagId: d.simu.id, recoTagId: d.reco.id, backgroundTagId: d.bg?.id ?? null,
    physicsConfigId: d.pcId, sampleName: d.sample, stage, propagation: d.propagation, replacedBy: '',
    expectedEvents: stage === 'reco' ? d.expectedEvents : null, expectedEventsSource: stage === 'reco' ? 'requested' : '',
    blockNum: block, blocks: d.blocks, did: `${scope}:${d.composed}.b${block}`,
    description: `${d.physics.spec?.description ?? ''}`.trim(),
    metadata: {
      stage,
      tag_facets: { detector: DETECTOR_CONFIG, beam: `${p.beam_energy_electron}x${p.beam_energy_hadron}`, physics: p.process ?? '', q2: p.q2_range ?? '', species: p.beam_species ?? '', energy: p.beam_energy_electron ?? '' },
      ...(history.length > 0 ? { propagation: { history } } : {}),
      ...extraMeta,
    },
    createdBy: 'carol', createdAt: d.createdAt, updatedAt: d.createdAt,
  };
}

async function insertDatasetRows(ctx: SeedContext, plans: DatasetPlan[]): Promise<void> {
  const rows: (typeof dataset.$inferInsert)[] = [];
  for (const d of plans) {
    for (let b = 1; b <= d.blocks; b++) rows.push(datasetRow(d, b, 'group.EIC', 'reco', {}));
  }
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await ctx.db.insert(dataset).values(rows.slice(i, i + 500)).returning({ id: dataset.id, block: dataset.blockNum });
    for (const r of inserted) if (r.block === 1) ids.push(r.id);
  }
  plans.forEach((d, i) => { d.id = ids[i]!; });
}

/** External EVGEN inputs: ordinary datasets with stage `evgen` and a path source (DOMAIN §2.5). */
async function generateEvgenInputs(ctx: SeedContext, rng: Rng, reco: DatasetPlan[]): Promise<DatasetPlan[]> {
  const candidates = reco.filter((d) => d.campaign.panda && (d.campaign.lifecycle === 'current' || d.campaign.lifecycle === 'last'));
  const chosen = rng.shuffle(candidates).slice(0, Math.min(candidates.length, Math.max(EVGEN_PATHS.length, Math.floor(candidates.length / 10))));
  const out: DatasetPlan[] = chosen.map((d) => ({ ...d, id: 0, blocks: 1, composed: d.composed.replace(/^group\.EIC\./, 'group.EIC.evgen.') }));
  const rows = out.map((d, i) => {
    const path = EVGEN_PATHS[i % EVGEN_PATHS.length]!;
    const location = `/volatile/eic/EPIC/EVGEN/${path}`;
    const fileCount = rng.int(20, 200);
    return {
      ...datasetRow(d, 1, 'group.EIC.evgen', 'evgen', {
        external: true,
        source: { kind: 'path', location },
        rucio: { matched: [{ did: `epic:/EVGEN/${path}`, stage: 'evgen', filters: ['*.hepmc3.tree.root'], rses: ['JLAB-XRD'], file_count: fileCount, bytes: fileCount * 1_200_000_000, complete: true, checked_at: addHours(d.createdAt, 30).toISOString() }] },
      }),
      expectedEvents: null,
    };
  });
  await insertBatched(ctx.db, dataset, rows);
  return out;
}
