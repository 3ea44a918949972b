import type { Executor } from '../../db/database.ts';
import type { TagType } from '../../schema/enums.ts';
import { and, eq } from 'drizzle-orm';
import { tag } from '../../schema/pcs.ts';
import { allocateCounter, type CounterKey } from '../counters.ts';
import { ConflictError } from '../errors.ts';

const SEQUENCE_COUNTERS: Record<Exclude<TagType, 'p'>, CounterKey> = {
  e: 'pcs_next_evgen',
  s: 'pcs_next_simu',
  r: 'pcs_next_reco',
  k: 'pcs_next_background',
};

/**
 * Physics tags are `category_digit * 1000 + suffix` with one suffix counter shared by all
 * categories (so gaps inside a category are normal); the other kinds are plain sequences.
 */
export async function allocateTagNumber(db: Executor, type: TagType, categoryDigit: number | null): Promise<number> {
  // Imported rows may already hold numbers the counter has not passed yet: skip over them.
  for (let attempt = 0; attempt < 100; attempt++) {
    const number = await nextCandidate(db, type, categoryDigit);
    const [taken] = await db.select({ id: tag.id }).from(tag).where(and(eq(tag.tagType, type), eq(tag.tagNumber, number))).limit(1);
    if (!taken) return number;
  }
  throw new ConflictError('TAG_NUMBER_EXHAUSTED', `could not find a free ${type} tag number; check the ${type} counter in persistent state`);
}

async function nextCandidate(db: Executor, type: TagType, categoryDigit: number | null): Promise<number> {
  if (type !== 'p') return allocateCounter(db, SEQUENCE_COUNTERS[type]);
  const suffix = await allocateCounter(db, 'pcs_next_physics_suffix');
  if (suffix > 999) {
    throw new ConflictError('PHYSICS_SUFFIX_EXHAUSTED', `the shared physics suffix counter reached ${suffix}; physics numbers only have three digits per category`);
  }
  return (categoryDigit ?? 0) * 1000 + suffix;
}

/** Required parameters checked when a tag is locked (DOMAIN §2.2.1). */
export const REQUIRED_TAG_PARAMETERS: Record<TagType, readonly string[]> = {
  p: ['process', 'beam_energy_electron', 'beam_energy_hadron'],
  e: ['generator', 'generator_version'],
  s: ['detector_sim', 'sim_version'],
  r: ['reco_version', 'reco_config'],
  k: ['background_type'],
};

export function missingRequiredParameters(type: TagType, parameters: Record<string, string>): string[] {
  return REQUIRED_TAG_PARAMETERS[type].filter((name) => !(parameters[name] ?? '').trim());
}
