import { physicsCategory, tag } from '../schema/pcs.ts';
import type { TagType } from '../schema/enums.ts';
import { addHours, insertBatched, type SeedContext } from './context.ts';
import {
  BACKGROUND_TAGS, NO_SIGNAL_SPEC, PHYSICS_CATEGORIES, RECO_TAGS, SIMU_TAGS, evgenTagSpecs, physicsTagSpecs, type PhysicsTagSpec,
} from './physics-values.ts';

export interface SeededTag {
  id: number;
  type: TagType;
  number: number;
  label: string;
  locked: boolean;
  parameters: Record<string, string>;
  spec?: PhysicsTagSpec;
}

export interface TagRegistry {
  physics: SeededTag[];
  noSignal: SeededTag;
  byLabel: Map<string, SeededTag>;
  nextPhysicsSuffix: number;
  counts: Record<'e' | 's' | 'r' | 'k', number>;
}

/** Tags of the commissioning era (newest simu/reco, late physics additions) stay draft (DOMAIN §2.2). */
export async function generateTags(ctx: SeedContext, eraStart: Date): Promise<TagRegistry> {
  const rng = ctx.rng.fork('tags');
  await insertBatched(ctx.db, physicsCategory, PHYSICS_CATEGORIES.map((c, i) => ({
    digit: c.digit, name: c.name, description: c.description, createdBy: 'admin', createdAt: addHours(eraStart, -2000 + i),
  })));

  type Row = typeof tag.$inferInsert;
  const rows: Row[] = [];
  const planned: Omit<SeededTag, 'id'>[] = [];
  let clock = eraStart;
  const push = (type: TagType, number: number, parameters: Record<string, string>, description: string, locked: boolean, spec?: PhysicsTagSpec) => {
    clock = addHours(clock, rng.int(2, 30));
    const label = `${type}${number}`;
    rows.push({
      tagType: type, tagNumber: number, tagLabel: label, status: locked ? 'locked' : 'draft', description, parameters,
      categoryDigit: type === 'p' ? Math.floor(number / 1000) : null,
      createdBy: rng.pick(['carol', 'alice', 'frank']), createdAt: clock, updatedAt: clock, lockedAt: locked ? addHours(clock, 24) : null,
    });
    planned.push({ type, number, label, locked, parameters, ...(spec ? { spec } : {}) });
  };

  const specs = physicsTagSpecs();
  // Bootstrap labels p2001/p3001/p6001 predate the shared suffix counter; later tags use it.
  push('p', 2001, specs[0]!.params, specs[0]!.description, true, specs[0]);
  push('p', 6001, NO_SIGNAL_SPEC.params, NO_SIGNAL_SPEC.description, true, NO_SIGNAL_SPEC);
  const dvcsIndex = specs.findIndex((s) => s.params.process === 'DVCS');
  push('p', 3001, specs[dvcsIndex]!.params, specs[dvcsIndex]!.description, true, specs[dvcsIndex]);
  let suffix = 2;
  specs.forEach((s, i) => {
    if (i === 0 || i === dvcsIndex) return;
    if (s.params.process === 'SINGLE') suffix = Math.max(suffix, 141);
    else suffix += rng.int(0, 4);
    push('p', s.digit * 1000 + suffix, s.params, s.description, true, s);
    suffix++;
  });
  // Commissioning additions: copies with the newer beam energies (9x130, 9x275), still draft.
  for (const b of ['9x130', '9x275']) {
    suffix += rng.int(1, 6);
    const params = { process: 'DIS_NC', beam_energy_electron: b.split('x')[0]!, beam_energy_hadron: b.split('x')[1]!, beam_species: 'ep', q2_range: 'minQ2=1' };
    push('p', 2000 + suffix, params, `DIS NC ${b} minQ2=1`, false, { digit: 2, params, description: `DIS NC ${b}`, generator: 'pythia8' });
    suffix++;
  }

  evgenTagSpecs().forEach((e, i) => {
    push('e', i + 1, { generator: e.generator, generator_version: e.generatorVersion, ...e.extra }, `${e.generator} ${e.generatorVersion}`, i < 30);
  });
  SIMU_TAGS.forEach((s, i) => push('s', i + 1, { detector_sim: 'npsim', sim_version: s.version, background_config: 'none' }, s.description, i < 2));
  RECO_TAGS.forEach((r, i) => push('r', i + 1, { reco_version: r.version, reco_config: 'standard' }, r.description, i < 2));
  BACKGROUND_TAGS.forEach((k, i) => push('k', i + 1, { ...k.params }, k.description, i < 2));

  const inserted = await ctx.db.insert(tag).values(rows).returning({ id: tag.id, label: tag.tagLabel });
  const idByLabel = new Map(inserted.map((r) => [r.label, r.id]));
  const all: SeededTag[] = planned.map((p) => ({ ...p, id: idByLabel.get(p.label) ?? 0 }));
  const byLabel = new Map(all.map((t) => [t.label, t]));
  const physics = all.filter((t) => t.type === 'p' && t.label !== 'p6001');
  return {
    physics,
    noSignal: byLabel.get('p6001')!,
    byLabel,
    nextPhysicsSuffix: suffix,
    counts: { e: evgenTagSpecs().length, s: SIMU_TAGS.length, r: RECO_TAGS.length, k: BACKGROUND_TAGS.length },
  };
}
