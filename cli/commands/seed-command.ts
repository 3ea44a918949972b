import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { hasProductionData, truncateAllTables } from '../../store/db/reset-store.ts';
import { seedDatabase } from '../../store/seed/index.ts';
import { loadStoreOnlyConfig } from '../config/store-only-config.ts';
import { processEnv } from '../config/process-env.ts';
import { openMigratedStore } from '../open-configured-store.ts';
import { UsageError } from '../usage-error.ts';
import type { CommandIo } from '../command.ts';
import { progressPrinter } from '../progress-printer.ts';

const seedArgs = z.object({
  scale: z.enum(['demo', 'large'], { message: "--scale must be 'demo' or 'large'" }),
  seed: z.coerce.number({ message: '--seed must be an integer' }).int('--seed must be an integer').min(0, '--seed must be ≥ 0'),
  anchor: z.iso.datetime({ offset: true, message: '--anchor must be an ISO date-time such as 2026-11-23T06:00:00Z' }).optional(),
  reset: z.boolean(),
  summary: z.string().optional(),
});

/** Same seed + same anchor ⇒ identical data. Without --anchor the current hour is used. */
export function defaultAnchor(now = new Date()): Date {
  const anchor = new Date(now);
  anchor.setUTCMinutes(0, 0, 0);
  return anchor;
}

export async function seedCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: 'demo' },
      seed: { type: 'string', default: '1' },
      anchor: { type: 'string' },
      reset: { type: 'boolean', default: false },
      summary: { type: 'string' },
    },
    strict: true,
  });
  const parsed = seedArgs.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
  const args = parsed.data;
  const config = loadStoreOnlyConfig(processEnv(), process.cwd());
  const store = await openMigratedStore(config);
  try {
    if (await hasProductionData(store)) {
      if (!args.reset) {
        io.err(`${store.location} already holds production data; pass --reset to replace it with a fresh seed`);
        return 1;
      }
      await truncateAllTables(store);
    }
    const started = Date.now();
    const anchor = args.anchor ? new Date(args.anchor) : defaultAnchor();
    const summary = await seedDatabase(store, { scale: args.scale, seed: args.seed, anchor, onProgress: progressPrinter(io) });
    const summaryPath = path.resolve(args.summary ?? path.join(config.dataDir, `seed-summary.json`));
    fs.mkdirSync(path.dirname(summaryPath), { recursive: true });
    fs.writeFileSync(summaryPath, `${JSON.stringify(summary, null, 2)}\n`);
    io.out(`seeded ${args.scale} (seed ${args.seed}, anchor ${anchor.toISOString()}) into ${store.location} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    io.out(`summary written to ${summaryPath}`);
    return 0;
  } finally {
    await store.close();
  }
}
