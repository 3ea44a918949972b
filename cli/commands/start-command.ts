import { readSeedSummary } from '../../store/db/reset-store.ts';
import { loadWebConfig } from '../config/web-config.ts';
import { processEnv } from '../config/process-env.ts';
import { ensureDemoData } from '../ensure-demo-data.ts';
import { openMigratedStore } from '../open-configured-store.ts';
import type { CommandIo } from '../command.ts';
import { closeOnSignal, serveWeb } from './serve-web.ts';

/**
 * The embedded default: one process with the store migrated and, on first run, seeded with the
 * demo production; later starts reuse the data.
 */
export async function startCommand(_args: string[], io: CommandIo): Promise<number> {
  const config = loadWebConfig(processEnv(), process.cwd());
  const store = await openMigratedStore(config.store);
  if (!(await ensureDemoData(store, io, { anyStore: true }))) {
    const summary = await readSeedSummary(store);
    io.err(summary ? `reusing data seeded at ${String(summary.anchor ?? 'an earlier run')}` : 'reusing existing data');
  }
  const { app } = await serveWeb(store, config, io);
  return closeOnSignal(app, store);
}
