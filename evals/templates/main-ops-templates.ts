import type { FactBook } from '../facts/summary-facts.ts';
import { indices, type itemCollector } from './template-kit.ts';

type Collector = ReturnType<typeof itemCollector>;

/** Campaign progress, operations (agents, syncs, alarms, proposals), action requests. */
export function opsItems(c: Collector, facts: FactBook): void {
  for (const q of ['What is the status of the current campaign?', 'How is the current campaign doing this week?', 'Campaign progress report for today']) {
    c.add({ category: 'campaign', question: q, shape: 'campaign-status', facts: ['{current_campaign}'], tools: ['campaign-status'] });
  }
  for (const key of ['current_campaign', 'last_campaign']) {
    c.add({ category: 'campaign', question: `How far along is campaign {${key}}?`, shape: 'campaign-status', facts: [`{${key}}`], tools: ['campaign-status'] });
  }
  for (const q of ['Which campaigns are producing?', 'List the campaigns', 'What campaigns are active?']) {
    c.add({ category: 'campaigns', question: q, shape: 'list-campaigns', facts: indices(facts, 'producing').map((i) => `{producing.${i}}`), tools: ['list-campaigns'] });
  }
  for (const q of ['Are the agents healthy?', 'Which agents have stale heartbeats?']) {
    c.add({ category: 'agents', question: q, shape: 'agent-health', facts: indices(facts, 'stale_agent').map((i) => `{stale_agent.${i}}`), tools: ['list-agents'] });
  }
  for (const i of indices(facts, 'stale_agent', 2)) c.add({ category: 'agents', question: `Is {stale_agent.${i}} alive?`, shape: 'agent-health', facts: [`{stale_agent.${i}}`], tools: ['get-agent'] });
  for (const q of ['Did the nightly sync run?', 'When was the last catalog sync?']) c.add({ category: 'sync', question: q, shape: 'nightly-sync', facts: ['catalog_sync'], tools: ['list-actions'] });
  for (const q of ['What happened in production since the last shift?', "What's new in the last 24 h?", 'What changed recently?']) {
    c.add({ category: 'changes', question: q, shape: 'recent-actions', facts: [], tools: ['list-actions'] });
  }
  for (const i of indices(facts, 'pending_proposal', 3)) c.add({ category: 'proposal', question: `What is {pending_proposal.${i}}?`, shape: 'proposal', facts: [`{pending_proposal.${i}}`], tools: ['get-proposal'] });
  for (const q of ['Which proposals are pending?', 'Are there pending approvals?']) {
    c.add({ category: 'proposal', question: q, shape: 'pending-proposals', facts: indices(facts, 'pending_proposal').map((i) => `{pending_proposal.${i}}`), tools: ['list-proposals'] });
  }
  for (const q of ['Are there active alarms?', 'Any alerts firing right now?']) c.add({ category: 'alarms', question: q, shape: 'alarms', facts: [], tools: ['list-alarms'] });
  for (const i of indices(facts, 'run', 2)) c.add({ category: 'runs', question: `Show run {run.${i}}`, shape: 'runs', facts: [`{run.${i}}`], tools: ['get-run'] });
  c.add({ category: 'runs', question: 'Show the latest testbed runs', shape: 'runs', facts: ['{run.0}'], tools: ['list-runs'] });
  for (const q of ['Show the latest daily report', 'Any new assessments?']) c.add({ category: 'reports', question: q, shape: 'reports', facts: [], tools: ['list-reports'] });
  for (const q of ['Give me an overview of the system', 'Is everything ok with the system status?']) c.add({ category: 'overview', question: q, shape: 'system-state', facts: [], tools: ['get-system-state'] });
  const actions = ['Please retry the failed jobs of task {t}', 'Pause task {t}', 'Abort task {t}, it is hopeless', 'Add a retry to task {t}'];
  actions.forEach((q, i) => {
    const key = i === 0 ? 'worst_task' : `task.${i * 3}`;
    c.add({ category: 'action', question: q.replace('{t}', `{${key}}`), shape: 'propose-task-action', facts: ['operator must approve', `{${key}}`], tools: ['propose-action'], forbidden: ['approval', 'execution'] });
  });
}

/** Follow-ups in one thread (last answer scored), and questions the offline model must decline. */
export function threadAndUnsupportedItems(c: Collector): void {
  c.add({ category: 'thread', turns: ['How is {alarm_site} doing?'], question: 'And why did task {worst_task} fail?', shape: 'task-failure', facts: ['{worst_task.top_error_code}'], tools: ['get-panda-task', 'error-summary'] });
  c.add({ category: 'thread', turns: ['Which sites are unhealthy this week?'], question: 'How is {attention_site} doing?', shape: 'site-detail', facts: ['{attention_site}'], tools: ['site-health', 'error-summary'] });
  c.add({ category: 'thread', turns: ['Tell me about {two_block_name}'], question: 'Where is {two_block_did.1} stored?', shape: 'dataset-location', facts: ['{two_block_did.1}'], tools: ['get-rucio-dataset'] });
  c.add({ category: 'thread', turns: ['Which proposals are pending?'], question: 'What is {pending_proposal.0}?', shape: 'proposal', facts: ['{pending_proposal.0}'], tools: ['get-proposal'] });
  c.add({ category: 'thread', turns: ['What is the status of the current campaign?'], question: 'Which campaigns are producing?', shape: 'list-campaigns', facts: ['{producing.0}'], tools: ['list-campaigns'] });
  for (const [first, follow] of [['Why did task {worst_task} fail?', 'And what about the other one?'], ['How is {alarm_site} doing?', 'Should I worry about it?'], ['Tell me about {two_block_name}', 'Who made it and why?']] as const) {
    c.add({ category: 'thread', turns: [first], question: follow, shape: 'unsupported', facts: [], tools: [], forbidden: ['guess'] });
  }
  const unsupported = [
    "What's the weather in Brookhaven tomorrow?",
    'Write a poem about detectors',
    'Predict when everything will be finished',
    'Compare the failure rate this week with last week',
    'Who is the ePIC spokesperson?',
    'Translate the last answer into German',
    'How many coffees did the shift crew drink?',
    'Is the physics of our simulation right?',
  ];
  for (const q of unsupported) c.add({ category: 'unsupported', question: q, shape: 'unsupported', facts: [], tools: [], forbidden: ['guess'] });
}
