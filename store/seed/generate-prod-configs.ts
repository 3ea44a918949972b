import { prodConfig } from '../schema/pcs.ts';
import { addHours, type SeedContext } from './context.ts';
import type { CampaignPlan } from './generate-campaigns.ts';

export interface ProdConfigPlan {
  id: number;
  name: string;
  campaign: string | null;
  pandaSite: string;
}

function configData(nJobs: number, eventsPerJob: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    workflow_mode: 'external_evgen', submission_path: 'panda', transformation: 'runGen-00-00-02', processing_type: 'epicproduction',
    prod_source_label: 'test', vo: 'eic', n_jobs: nJobs, events_per_job: eventsPerJob, events_per_file: eventsPerJob, files_per_job: 1,
    corecount: 1, no_build: true, skip_scout: false, exec_command: './run.sh', log_rse: 'EIC-XRD-LOG', scope: 'group.EIC',
    ram_count: 2000, disk_count: 4096, walltime_hours: 2, task_priority: 900, official: true, output_offset: 1000, cloud: 'US', ...extra,
  };
}

/** One standard config per PanDA-era campaign, plus the named shared ones of DOMAIN §2.7. */
export async function generateProdConfigs(ctx: SeedContext, campaigns: readonly CampaignPlan[]): Promise<ProdConfigPlan[]> {
  const rng = ctx.rng.fork('prod-configs');
  const out: ProdConfigPlan[] = [];
  const insert = async (name: string, campaignName: string | null, at: Date, fields: Partial<typeof prodConfig.$inferInsert>) => {
    const [row] = await ctx.db.insert(prodConfig).values({
      name, createdBy: 'carol', createdAt: at, updatedAt: at, copyReco: true, copyLog: true, useRucio: true, rucioRse: 'EIC-XRD',
      rucioReplicationRules: [{ rse_expression: 'EIC-XRD', copies: 1 }], targetHoursPerJob: 2, ...fields,
    }).returning({ id: prodConfig.id });
    out.push({ id: row!.id, name, campaign: campaignName, pandaSite: fields.pandaSite ?? '' });
  };
  for (const c of campaigns.filter((x) => x.panda || x.lifecycle === 'future')) {
    const patch = c.patches[0]!;
    const site = rng.pick(['BNL_EPIC_PROD_1', 'BNL_OSG_EPIC_PROD_1', 'BNL_PanDA_1']);
    await insert(`${c.name} Standard Production`, c.name, addHours(c.start, -24 * 5), {
      description: `Standard RECO production for ${c.name}`,
      jugXlTag: `${patch}-stable`, containerImage: `docker://eicweb/jug_xl:${patch}-stable`,
      eventsPerTask: 1_000_000, pandaSite: site, pandaQueue: site,
      data: configData(rng.pick([100, 200, 400]), rng.pick([1000, 2000, 5000])),
    });
  }
  const first = campaigns.find((c) => c.panda)!;
  await insert('DVCS 10x100 standard', null, addHours(first.start, -24 * 3), {
    description: 'DVCS 10x100 with the standard EpIC configuration', jugXlTag: '26.02.0-stable',
    containerImage: 'docker://eicweb/jug_xl:26.02.0-stable', eventsPerTask: 400_000, pandaSite: 'BNL_EPIC_PROD_1', pandaQueue: 'BNL_EPIC_PROD_1',
    data: configData(80, 5000),
  });
  await insert('Background mixing 18x275', null, addHours(first.start, -24 * 2), {
    description: 'Signal + beam-gas background mixing', bgMixing: true, bgCrossSection: '3.2 mb', jugXlTag: '26.02.0-stable',
    containerImage: 'docker://eicweb/jug_xl:26.02.0-stable', pandaSite: 'BNL_OSG_EPIC_PROD_1', pandaQueue: 'BNL_OSG_EPIC_PROD_1',
    data: configData(100, 2000, { bg_tag_prefix: 'Bkg_Exact1S_2us/GoldCt/5um' }),
  });
  await insert('Placeholder — no bound configuration', null, addHours(first.start, -24 * 40), {
    description: 'Imported tasks without a known configuration', data: { official: false },
  });
  return out;
}
