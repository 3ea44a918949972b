import type { PandaTaskPlan } from './plan-tasks.ts';
import type { Rng } from './random.ts';

export const FIRST_JEDI_TASK_ID = 36439;
export const BLOCK_FIRST_JEDI_ID = 38508;
export const FIRST_PANDA_ID = 130497;

/**
 * JEDI ids follow creation order and interleave with other VOs' tasks (gaps). The five newest
 * tasks of the current campaign take 38508–38512 (observed ids); the unrecorded submission follows.
 * When more tasks precede the block than the observed id span allows, ids start lower and are dense.
 */
export function assignJediIds(rng: Rng, tasks: PandaTaskPlan[]): PandaTaskPlan[] {
  const block = tasks.filter((t) => t.roles.has('block')).sort((a, b) => a.creation.getTime() - b.creation.getTime());
  const tail = tasks.filter((t) => t.roles.has('unrecorded'));
  const others = tasks
    .filter((t) => !t.roles.has('block') && !t.roles.has('unrecorded'))
    .sort((a, b) => a.creation.getTime() - b.creation.getTime() || a.taskName.localeCompare(b.taskName) || a.tryNumber - b.tryNumber);
  const span = BLOCK_FIRST_JEDI_ID - FIRST_JEDI_TASK_ID;
  if (others.length * 1.2 < span) {
    const weights = others.map(() => rng.float(0.3, 1.7));
    const total = weights.reduce((s, w) => s + w, 0);
    let cumulative = 0;
    let previous = FIRST_JEDI_TASK_ID - 1;
    others.forEach((t, i) => {
      const ideal = FIRST_JEDI_TASK_ID + Math.round((span * cumulative) / total);
      t.jediTaskId = Math.max(previous + 1, ideal);
      previous = t.jediTaskId;
      cumulative += weights[i]!;
    });
  } else {
    others.forEach((t, i) => { t.jediTaskId = BLOCK_FIRST_JEDI_ID - others.length + i; });
  }
  block.forEach((t, i) => { t.jediTaskId = BLOCK_FIRST_JEDI_ID + i; });
  tail.forEach((t, i) => { t.jediTaskId = BLOCK_FIRST_JEDI_ID + block.length + i; });
  return [...others, ...block, ...tail];
}
