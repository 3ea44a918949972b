import { errorCode, pandaQueue, rse } from '../schema/catalog.ts';
import { ERROR_SIGNATURES, QUEUES, RSES } from './catalog-values.ts';
import { daysBefore, type SeedContext } from './context.ts';

/** Queues, RSEs and the error-code dictionary: the reference data the catalog rows point at. */
export async function generateCatalogReference(ctx: SeedContext): Promise<void> {
  const at = daysBefore(ctx.anchor, 0.5);
  await ctx.db.insert(pandaQueue).values(QUEUES.map((q) => ({
    queueName: q.queue, site: q.site, cloud: 'US', vo: 'eic', status: q.status,
    queueType: q.queue.includes('test') || q.queue.includes('_CI') || q.queue.includes('_dev') ? 'test' : 'production',
    resourceType: 'SCORE',
    configData: {
      vo: 'eic', status: q.status, state: 'ACTIVE', corecount: 1, maxrss: 2000 * 1, maxtime: 7200, pilot_manager: 'Harvester',
      container_type: 'apptainer:pilot', catchall: q.queue.includes('GOOGLE') ? 'k8s' : '', ddm: { default: q.queue.startsWith('NERSC') ? 'BNL-XRD' : 'EIC-XRD' },
    },
    metadata: { corun_page_group_ids: [] }, updatedAt: at,
  })));
  await ctx.db.insert(rse).values(RSES.map((r) => ({
    name: r.name, site: r.site, rseType: 'DISK', isTape: false, isActive: true, xrootdPrefix: r.xrootd, totalBytes: r.total, usedBytes: 0,
    configData: { protocols: [{ scheme: 'root', hostname: r.xrootd.split('/')[2] ?? '', port: 1094 }], ...(r.name === 'EIC-XRD-LOG' ? { logs: true } : {}) },
  })));
  const seen = new Set<string>();
  const rows = [];
  for (const s of ERROR_SIGNATURES) {
    const key = `${s.component}:${s.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ component: s.component, code: s.code, name: s.name, description: s.description, layer: s.layer });
  }
  // Codes of DOMAIN §4.2 that this production has not (yet) produced still belong in the dictionary.
  rows.push(
    { component: 'pilot' as const, code: 1151, name: 'STAGEINTIMEOUT', description: 'Timed out staging an input', layer: 'storage' },
    { component: 'pilot' as const, code: 1133, name: 'NOSTORAGE', description: 'No storage resolvable for the activity', layer: 'storage' },
    { component: 'pilot' as const, code: 1316, name: 'RUCIOSERVICEUNAVAILABLE', description: 'Rucio service unavailable', layer: 'data_management' },
  );
  await ctx.db.insert(errorCode).values(rows);
}
