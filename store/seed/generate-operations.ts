import { sql } from 'drizzle-orm';
import { rowsOf, setCounter } from '../services/counters.ts';
import type { SeedContext } from './context.ts';
import { insertActionStream, planActionStream } from './generate-action-stream.ts';
import type { CampaignPlan } from './generate-campaigns.ts';
import type { DatasetPlan } from './generate-datasets.ts';
import { generateMonitor } from './generate-monitor.ts';
import { generateAnnotations, generatePeople } from './generate-people.ts';
import { insertProposals, planProposals } from './generate-proposals.ts';
import { generateAlarms, generateArtifacts, type SiteRate } from './generate-reports.ts';
import type { PandaTaskPlan, TaskPlanning } from './plan-tasks.ts';

export interface OperationsInput {
  campaigns: CampaignPlan[];
  planning: TaskPlanning;
  pandaPlans: PandaTaskPlan[];
  reco: DatasetPlan[];
}

async function siteRates(ctx: SeedContext): Promise<SiteRate[]> {
  const rows = rowsOf<{ site: string; ff: string | number; fin: string | number }>(await ctx.db.execute(sql`
    select site, sum(n_final_failed) as ff, sum(n_files_finished) as fin from panda_task group by site order by site`));
  return rows.map((r) => {
    const ff = Number(r.ff);
    const fin = Number(r.fin);
    return { site: r.site, finalFailed: ff, finished: fin, fraction: ff + fin === 0 ? 0 : ff / (ff + fin) };
  });
}

/** Monitor, action stream, proposals, artifacts, alarms, users: the operational layer over the catalog. */
export async function generateOperations(ctx: SeedContext, input: OperationsInput): Promise<void> {
  await generatePeople(ctx);
  const monitor = await generateMonitor(ctx);
  const producing = input.campaigns.filter((c) => c.lifecycle === 'current' || c.lifecycle === 'last').map((c) => c.name);
  const draftTags = rowsOf<{ label: string }>(await ctx.db.execute(sql`select tag_label as label from pcs_tag where status = 'draft' order by id`)).map((r) => r.label);
  const stream = planActionStream(ctx, { pandaPlans: input.pandaPlans, producing, draftTags });
  const proposals = planProposals(ctx, input);
  const refs = await insertActionStream(ctx, [...stream, ...proposals.stream]);
  await insertProposals(ctx, proposals.proposals, refs);
  const sites = await siteRates(ctx);
  const latestSync = stream.filter((r) => r.action === 'catalog_sync').reduce((m, r) => Math.max(m, r.at.getTime()), 0);
  await generateArtifacts(ctx, input.campaigns, sites, (ctx.anchor.getTime() - latestSync) / 3_600_000);
  const alarmSite = sites.reduce((worst, s) => (s.fraction > worst.fraction ? s : worst), sites[0]!);
  await generateAlarms(ctx, alarmSite, input.pandaPlans.find((p) => p.roles.has('alarm')));
  await generateAnnotations(ctx, input.reco, input.planning.prodTasks);
  await setCounter(ctx.db, 'next_run_number', monitor.nextRunNumber);
  await setCounter(ctx.db, 'next_agent_id', monitor.nextAgentId);
  await setCounter(ctx.db, 'next_workflow_execution_id', monitor.nextExecutionId);
}
