import { rucioDataset, rucioRule } from '../schema/catalog.ts';
import type { CopySink } from './bulk-load.ts';
import { daysBefore, type SeedContext } from './context.ts';
import { EVGEN_PATHS } from './physics-values.ts';

/** JLab Rucio EVGEN inputs: scope `epic`, path-like names, replicas on JLAB-XRD (DOMAIN §4.5). */
export async function generateEvgenRucio(ctx: SeedContext, files: CopySink, replicas: CopySink): Promise<void> {
  const rng = ctx.rng.fork('evgen-rucio');
  const rows: (typeof rucioDataset.$inferInsert)[] = [];
  const rules: (typeof rucioRule.$inferInsert)[] = [];
  for (const path of EVGEN_PATHS) {
    const name = `/EVGEN/${path}`;
    const n = rng.int(20, 60);
    const created = daysBefore(ctx.anchor, rng.float(40, 160));
    const ext = rng.pick(['hepmc3.tree.root', 'hepmc3.tree.root', 'hepmc3.gz']);
    const stem = path.split('/').slice(-3).join('_');
    let bytes = 0;
    for (let i = 1; i <= n; i++) {
      const fileName = `${name}/${stem}_${String(i).padStart(4, '0')}.${ext}`;
      const size = rng.int(400_000_000, 2_000_000_000);
      bytes += size;
      await files.write(['epic', fileName, 'epic', name, size, rng.hex(8), 100_000, null, created]);
      await replicas.write(['epic', fileName, 'JLAB-XRD', 'AVAILABLE', created]);
    }
    rows.push({ scope: 'epic', name, didType: 'DATASET', isOpen: false, length: n, bytes, availableLength: n, events: n * 100_000, account: 'epicprod', metadata: { stage: 'evgen', location: `/volatile/eic/EPIC${name}` }, createdAt: created, updatedAt: created });
    rules.push({ id: rng.uuid(), scope: 'epic', name, rseExpression: 'JLAB-XRD', copies: 1, state: 'OK', account: 'epicprod', locksOk: n, locksReplicating: 0, locksStuck: 0, expiresAt: null, createdAt: created });
  }
  await ctx.db.insert(rucioDataset).values(rows);
  await ctx.db.insert(rucioRule).values(rules);
}
