import type { Store } from '../store/db/database.ts';
import { hasProductionData } from '../store/db/reset-store.ts';
import { seedDatabase } from '../store/seed/index.ts';
import type { CommandIo } from './command.ts';
import { defaultAnchor } from './commands/seed-command.ts';
import { progressPrinter } from './progress-printer.ts';

/** The embedded default starts with a demo production so a newcomer's first question has answers. */
export async function ensureDemoData(store: Store, io: CommandIo): Promise<void> {
  if (store.kind !== 'pglite' || (await hasProductionData(store))) return;
  io.err('first run: seeding the demo production (seed 1)…');
  await seedDatabase(store, { scale: 'demo', seed: 1, anchor: defaultAnchor(), onProgress: progressPrinter(io) });
}
