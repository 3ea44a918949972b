import type { Store } from '../store/db/database.ts';
import { hasProductionData } from '../store/db/reset-store.ts';
import { seedDatabase } from '../store/seed/index.ts';
import type { CommandIo } from './command.ts';
import { defaultAnchor } from './commands/seed-command.ts';
import { progressPrinter } from './progress-printer.ts';

/**
 * Seeds the demo production into an empty store so a newcomer's first question has answers.
 * Terminal commands do this only on the embedded store; `start` does it on any store.
 * Returns whether it seeded.
 */
export async function ensureDemoData(store: Store, io: CommandIo, options: { anyStore?: boolean } = {}): Promise<boolean> {
  if ((!options.anyStore && store.kind !== 'pglite') || (await hasProductionData(store))) return false;
  io.err('first run: seeding the demo production (seed 1)…');
  await seedDatabase(store, { scale: 'demo', seed: 1, anchor: defaultAnchor(), onProgress: progressPrinter(io) });
  return true;
}
