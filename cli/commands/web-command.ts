import { loadWebConfig } from '../config/web-config.ts';
import { processEnv } from '../config/process-env.ts';
import { openMigratedStore } from '../open-configured-store.ts';
import type { CommandIo } from '../command.ts';
import { closeOnSignal, serveWeb } from './serve-web.ts';

/** The production web process: serves whatever the store holds, never seeds. */
export async function webCommand(_args: string[], io: CommandIo): Promise<number> {
  const config = loadWebConfig(processEnv(), process.cwd());
  const store = await openMigratedStore(config.store);
  const { app } = await serveWeb(store, config, io);
  return closeOnSignal(app, store);
}
