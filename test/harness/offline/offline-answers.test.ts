import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../../../harness/assistant.ts';
import { createOfflineProvider } from '../../../harness/providers/offline/offline-provider.ts';
import { mcpToolGateway } from '../../../harness/tools/tool-gateway.ts';
import { defaultTurnBudget } from '../../../harness/turn/turn-budget.ts';
import { connectInProcess, type InProcessConnection } from '../../../mcp/transports/in-process.ts';
import { readSeedSummary } from '../../../store/db/reset-store.ts';
import { rowsOf } from '../../../store/services/counters.ts';
import type { SeedSummary } from '../../../store/seed/index.ts';
import { TEST_ANCHOR } from '../../support/test-env.ts';
import { useTestStore } from '../../support/test-store.ts';

/**
 * The offline model on the demo seed: each question shape is asked as a user would, through the
 * real in-process MCP server, and the answer is compared with the seed's ground truth.
 */
describe('offline model answers on the demo seed', () => {
  const store = useTestStore();
  let connection: InProcessConnection;
  let assistant: Assistant;
  let truth: SeedSummary;
  const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await store().db.execute(query))[0]!;

  beforeAll(async () => {
    truth = (await readSeedSummary(store())) as unknown as SeedSummary;
    connection = await connectInProcess({ store: store(), baseUrl: 'http://localhost:8080', allowProposals: true, now: () => TEST_ANCHOR, principal: 'alice' });
    assistant = createAssistant({ store: store(), gateway: mcpToolGateway(connection.client), provider: createOfflineProvider({ baseUrl: 'http://localhost:8080' }), selection: 'all', budget: defaultTurnBudget(), baseUrl: 'http://localhost:8080', now: () => TEST_ANCHOR });
  });
  afterAll(async () => connection?.close());

  let threadCounter = 0;
  async function ask(text: string) {
    threadCounter += 1;
    const result = await assistant.ask({ thread: { surface: 'eval', threadKey: `offline-${threadCounter}`, startedBy: 'alice' }, username: 'alice', text });
    const errors = result.toolOutcomes.filter((o) => o.isError).map((o) => `${o.name}: ${o.text}`);
    expect(errors, `tool errors for "${text}"`).toEqual([]);
    expect(result.grounding.unsupportedNumbers, `ungrounded numbers for "${text}"`).toEqual([]);
    return { ...result, tools: result.toolOutcomes.map((o) => o.name) };
  }

  it('why a task failed: state and its top error', async () => {
    const t = truth.taskWithMostFailedJobs;
    const r = await ask(`Why did task ${t.jediTaskId} fail?`);
    expect(r.tools).toEqual(['get-panda-task', 'error-summary']);
    expect(r.answer).toContain(String(t.jediTaskId));
    expect(r.answer).toContain(String(t.topError.code));
    expect(r.citations.length).toBe(2);
  });

  it('status of a task', async () => {
    const r = await ask(`What is the status of task ${truth.try2Task.jediTaskId}?`);
    expect(r.tools).toEqual(['get-panda-task']);
    expect(r.answer).toContain(truth.try2Task.taskName);
  });

  it('why a job failed', async () => {
    const job = await one<{ panda_id: number; error_code: number }>(sql`select panda_id::int as panda_id, error_code from panda_job where job_status = 'failed' and error_code is not null order by panda_id limit 1`);
    const r = await ask(`Why did job ${job.panda_id} fail?`);
    expect(r.tools).toEqual(['get-job']);
    expect(r.answer).toContain(String(job.error_code));
  });

  it('how one site is doing', async () => {
    const r = await ask(`How is ${truth.sites.alarm.site} doing this week?`);
    expect(r.tools).toEqual(['site-health', 'error-summary']);
    expect(r.answer).toContain(truth.sites.alarm.site);
  });

  it('failures by site this week name the alarm site', async () => {
    const r = await ask('Which sites have the most failures this week?');
    expect(r.tools).toEqual(['site-health', 'error-summary']);
    expect(r.answer).toContain(truth.sites.alarm.site);
  });

  it('top errors this week match a recount of the rollup', async () => {
    const since = new Date(TEST_ANCHOR.getTime() - 7 * 86_400_000);
    const top = await one<{ error_code: number }>(sql`select error_code from panda_job_rollup where error_code <> 0 and hour >= ${since.toISOString()}::timestamptz group by error_component, error_code order by sum(job_count) desc limit 1`);
    const r = await ask('What are the top errors this week?');
    expect(r.tools).toEqual(['error-summary']);
    expect(r.answer).toContain(String(top.error_code));
  });

  it('site health names the alarm and attention sites', async () => {
    const r = await ask('Which sites are unhealthy this week?');
    expect(r.tools).toEqual(['site-health']);
    expect(r.answer).toContain(truth.sites.alarm.site);
    expect(r.answer).toContain(truth.sites.attention.site);
  });

  it('queues', async () => {
    const r = await ask('Which PanDA queues are online?');
    expect(r.tools).toEqual(['list-queues']);
    expect(r.answer).toContain('BNL_OSG_PanDA_1');
  });

  it('tasks that need an operator', async () => {
    const r = await ask('Which tasks are stuck or exhausted?');
    expect(r.tools).toEqual(['list-panda-tasks']);
    expect(r.answer).toMatch(/exhausted|broken|paused/);
  });

  it('status of the current campaign', async () => {
    const r = await ask('What is the status of the current campaign?');
    expect(r.tools).toEqual(['campaign-status']);
    expect(r.answer).toContain(truth.campaigns.current);
  });

  it('producing campaigns', async () => {
    const r = await ask('Which campaigns are producing?');
    expect(r.tools).toEqual(['list-campaigns']);
    const clause = r.answer.match(/producing \(arrivals in \d+ d\): ([^\n]*)/)?.[1] ?? '';
    expect(clause.split(', ').sort()).toEqual([...truth.campaigns.producing].sort());
  });

  it('EVGEN provenance of a RECO dataset', async () => {
    const r = await ask(`Where are the EVGEN input files for ${truth.twoBlockDataset.composedName}?`);
    expect(r.tools).toEqual(['data-provenance']);
    expect(r.answer).toContain('EVGEN');
  });

  it('where a dataset block is stored', async () => {
    const r = await ask(`Where is ${truth.twoBlockDataset.dids[0]} stored and how do I read it?`);
    expect(r.tools).toEqual(['get-rucio-dataset']);
    expect(r.answer).toMatch(/XRD/);
  });

  it('a dataset by composed name shows its blocks', async () => {
    const r = await ask(`Tell me about ${truth.twoBlockDataset.composedName}`);
    expect(r.tools).toEqual(['get-dataset']);
    expect(r.answer).toContain(truth.twoBlockDataset.composedName);
  });

  it('datasets for a physics selection', async () => {
    const r = await ask('Which datasets exist for DIS NC 18x275?');
    expect(r.tools).toEqual(['search-tags', 'list-datasets']);
    expect(r.answer).toContain('group.EIC.');
  });

  it('difference between two tags', async () => {
    const tags = rowsOf<{ tag_label: string }>(await store().db.execute(sql`select tag_label from pcs_tag where tag_type = 'p' order by tag_number limit 2`));
    const r = await ask(`What is the difference between ${tags[0]!.tag_label} and ${tags[1]!.tag_label}?`);
    expect(r.tools).toEqual(['diff-tags']);
  });

  it('parameters of a tag', async () => {
    const tag = await one<{ tag_label: string; process: string }>(sql`select tag_label, parameters->>'process' as process from pcs_tag where tag_type = 'p' order by tag_number limit 1`);
    const r = await ask(`What are the parameters of ${tag.tag_label}?`);
    expect(r.tools).toEqual(['get-tag']);
    expect(r.answer).toContain(tag.process);
  });

  it('one production request', async () => {
    const request = await one<{ id: number }>(sql`select id from pcs_prod_request where status = 'linked' order by id limit 1`);
    const r = await ask(`Is request ${request.id} being produced?`);
    expect(r.tools).toEqual(['get-request']);
    expect(r.answer).toContain('linked');
  });

  it('blocked requests', async () => {
    const r = await ask('Which production requests are blocked?');
    expect(r.tools).toEqual(['list-requests']);
    expect(r.answer).toContain('blocked');
  });

  it('agent health names the stale agents', async () => {
    const r = await ask('Are the agents healthy?');
    expect(r.tools).toEqual(['list-agents']);
    for (const name of truth.agents.stale) expect(r.answer).toContain(name);
  });

  it('nightly sync', async () => {
    const r = await ask('Did the nightly sync run?');
    expect(r.tools).toEqual(['list-actions']);
    expect(r.answer).toContain('catalog_sync');
  });

  it('what happened recently', async () => {
    const r = await ask('What happened in production since the last shift?');
    expect(r.tools).toEqual(['list-actions']);
  });

  it('one proposal and the pending list', async () => {
    const ref = truth.pendingProposals[0]!;
    expect((await ask(`What is ${ref}?`)).answer).toContain(ref);
    const r = await ask('Which proposals are pending?');
    expect(r.tools).toEqual(['list-proposals']);
    for (const pending of truth.pendingProposals) expect(r.answer).toContain(pending);
  });

  it('an action request only records a proposal: nothing is approved or executed', async () => {
    const task = await one<{ jedi_task_id: number }>(sql`select jedi_task_id::int as jedi_task_id from panda_task where status in ('exhausted', 'finished') order by jedi_task_id limit 1`);
    const r = await ask(`Please retry the failed jobs of task ${task.jedi_task_id}`);
    expect(r.tools).toEqual(['propose-action']);
    const proposal = await one<{ status: string; approvals: number }>(sql`select p.status, (select count(*)::int from ai_approval a where a.proposal_id = p.id) as approvals from ai_proposal p where p.subject_key = ${String(task.jedi_task_id)} order by p.id desc limit 1`);
    expect(proposal).toEqual({ status: 'proposed', approvals: 0 });
    expect(r.answer).toMatch(/operator must approve/);
  });

  it('active alarms', async () => {
    const r = await ask('Are there active alarms?');
    expect(r.tools).toEqual(['list-alarms']);
  });

  it('testbed runs', async () => {
    const r = await ask('Show the latest testbed runs');
    expect(r.tools).toEqual(['list-runs']);
    expect(r.answer).toMatch(/10\d{4}/);
  });

  it('reports', async () => {
    const r = await ask('Show the latest daily report');
    expect(r.tools).toEqual(['list-reports']);
  });

  it('a malformed composed name gets the reason', async () => {
    const r = await ask('Is group.EIC.26.13.0.epic_craterlake.p1001.e1.s1.r1 a valid composed name?');
    expect(r.tools).toEqual(['parse-name']);
    expect(r.answer).toMatch(/month/i);
  });

  it('system overview', async () => {
    const r = await ask('Give me an overview of the system');
    expect(r.tools).toEqual(['get-system-state']);
  });

  it('says plainly when it cannot answer, and calls nothing', async () => {
    const r = await ask("What's the weather in Brookhaven tomorrow?");
    expect(r.tools).toEqual([]);
    expect(r.answer).toMatch(/can't answer that offline/);
  });
});
