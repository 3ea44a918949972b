import type { SeedSummary } from '../../store/seed/index.ts';

export type FactBook = Map<string, string>;

/**
 * Facts straight from the seed's own ground truth (SeedSummary): names and counts the seed
 * generator decided, keyed for `{placeholder}` use in eval templates.
 */
export function summaryFacts(truth: SeedSummary): FactBook {
  const facts: FactBook = new Map();
  const put = (key: string, value: string | number) => facts.set(key, String(value));
  put('alarm_site', truth.sites.alarm.site);
  put('attention_site', truth.sites.attention.site);
  const sites = [...truth.sites.all].sort((a, b) => a.site.localeCompare(b.site));
  sites.forEach((s, i) => put(`site.${i}`, s.site));
  const worst = truth.taskWithMostFailedJobs;
  put('worst_task', worst.jediTaskId);
  put('worst_task.name', worst.taskName);
  put('worst_task.site', worst.site);
  put('worst_task.top_error_code', worst.topError.code);
  put('try2_task', truth.try2Task.jediTaskId);
  put('try2_task.name', truth.try2Task.taskName);
  put('try2_task.previous', truth.try2Task.previousJediTaskId);
  put('unrecorded_task', truth.unrecordedSubmission.jediTaskId);
  put('unrecorded_task.name', truth.unrecordedSubmission.taskName);
  put('two_block_name', truth.twoBlockDataset.composedName);
  truth.twoBlockDataset.dids.forEach((did, i) => put(`two_block_did.${i}`, did));
  put('current_campaign', truth.campaigns.current);
  put('last_campaign', truth.campaigns.last);
  truth.campaigns.producing.forEach((c, i) => put(`producing.${i}`, c));
  truth.campaigns.future.forEach((c, i) => put(`future.${i}`, c));
  truth.campaigns.cloned.forEach((c, i) => {
    put(`cloned.${i}`, c.name);
    put(`cloned.${i}.of`, c.cloneOf);
  });
  truth.errors.top.slice(0, 5).forEach((e, i) => put(`top_error.${i}.code`, e.code));
  truth.agents.stale.forEach((a, i) => put(`stale_agent.${i}`, a));
  truth.agents.healthy.forEach((a, i) => put(`healthy_agent.${i}`, a));
  truth.pendingProposals.forEach((ref, i) => put(`pending_proposal.${i}`, ref));
  return facts;
}

/** How many numbered facts a family holds (`site` → site.0 … site.N-1). */
export function familySize(facts: FactBook, family: string): number {
  let n = 0;
  while (facts.has(`${family}.${n}`)) n += 1;
  return n;
}
