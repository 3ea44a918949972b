import type { Entities } from './extract-entities.ts';
import { mentions, type OfflineRoute } from './offline-route.ts';

const FAIL = /\b(fail\w*|error\w*|broken|crash\w*|problem\w*|wrong)\b/i;
const window = (e: Entities, fallback: number) => ({ window_hours: e.windowHours ?? fallback });
const first = <T>(values: T[]): T | undefined => values[0];

/**
 * Headlines carry no numbers of their own (only ids the user wrote): every figure in an offline
 * answer comes from a tool rendering, so the grounding check holds by construction.
 *
 * The question shapes the offline model answers, most specific first in score. Each plans the
 * calls an expert would make; the answer is the tools' renderings under the headline.
 */
export const OFFLINE_ROUTES: OfflineRoute[] = [
  {
    id: 'task-failure',
    example: 'Why did task 38511 fail?',
    score: (q, e) => (e.jediTaskIds.length > 0 && FAIL.test(q) ? 90 : 0),
    plan: (_q, e) => [
      { name: 'get-panda-task', input: { jedi_task_id: e.jediTaskIds[0] } },
      { name: 'error-summary', input: { jedi_task_id: e.jediTaskIds[0], window_hours: 24 * 90, limit: 5 } },
    ],
    headline: (_q, e) => `Task ${e.jediTaskIds[0]}: its state and the error signatures of its failed jobs.`,
  },
  {
    id: 'task-status',
    example: 'What is the status of task 38508?',
    score: (_q, e) => (e.jediTaskIds.length > 0 ? 70 : 0),
    plan: (_q, e) => [{ name: 'get-panda-task', input: { jedi_task_id: e.jediTaskIds[0] } }],
    headline: (_q, e) => `Task ${e.jediTaskIds[0]}:`,
  },
  {
    id: 'job',
    example: 'Why did job 1685001 fail?',
    score: (_q, e) => (e.pandaIds.length > 0 ? 92 : 0),
    plan: (_q, e) => [{ name: 'get-job', input: { panda_id: e.pandaIds[0] } }],
    headline: (_q, e) => `Job ${e.pandaIds[0]}:`,
  },
  {
    id: 'site-detail',
    example: 'How is BNL_ePIC_GOOGLE doing?',
    score: (_q, e) => (e.sites.length > 0 ? 60 : 0),
    plan: (_q, e) => [
      { name: 'site-health', input: { site: e.sites[0], ...window(e, 24) } },
      { name: 'error-summary', input: { site: e.sites[0], ...window(e, 24), limit: 5 } },
    ],
    headline: (_q, e) => `${e.sites[0]}: final failure rate and top errors.`,
  },
  {
    id: 'failures-by-site',
    example: 'Failures by site and error in the last 24 h',
    score: (q) => (FAIL.test(q) && mentions(q, /\b(by site|which sites?|per site|where)\b/) ? 55 : 0),
    plan: (_q, e) => [
      { name: 'site-health', input: window(e, 24) },
      { name: 'error-summary', input: { ...window(e, 24), limit: 8 } },
    ],
    headline: () => 'Failures by site and by error signature:',
  },
  {
    id: 'error-summary',
    example: 'What are the top errors this week?',
    score: (q) => (FAIL.test(q) ? 40 : 0),
    plan: (_q, e) => [{ name: 'error-summary', input: { ...window(e, 24 * 7), limit: 8 } }],
    headline: () => 'Top error signatures:',
  },
  {
    id: 'site-health',
    example: 'Which sites are unhealthy?',
    score: (q) => (mentions(q, /\bsites?\b/, /\bqueues? health\b/) && mentions(q, /health|unhealthy|failing|status|doing|ok\b|bad/) ? 45 : 0),
    plan: (_q, e) => [{ name: 'site-health', input: window(e, 24) }],
    headline: () => 'Site health by final failure fraction:',
  },
  {
    id: 'queues',
    example: 'Which PanDA queues are online?',
    score: (q) => (mentions(q, /\bqueues?\b/) ? 35 : 0),
    plan: () => [{ name: 'list-queues', input: { limit: 30 } }],
    headline: () => 'PanDA queues:',
  },
  {
    id: 'stuck-tasks',
    example: 'Which tasks are stuck or exhausted?',
    score: (q) => (mentions(q, /\b(stuck|exhausted|broken tasks?|need(s)? an operator|paused)\b/) ? 58 : 0),
    plan: () => [{ name: 'list-panda-tasks', input: { status: ['exhausted', 'broken', 'paused', 'throttled', 'pending'], limit: 20 } }],
    headline: () => 'Tasks that need attention (exhausted, broken, paused, throttled or pending):',
  },
  {
    id: 'running-tasks',
    example: 'Which tasks are running?',
    score: (q) => (mentions(q, /\b(running|active) tasks\b/, /\btasks? (are )?running\b/) ? 50 : 0),
    plan: () => [{ name: 'list-panda-tasks', input: { status: ['running', 'scouting', 'ready', 'assigning'], limit: 20 } }],
    headline: () => 'Running PanDA tasks:',
  },
  {
    id: 'campaign-status',
    example: 'What is the status of the current campaign?',
    score: (q, e) => (mentions(q, /\bcampaigns?\b/) || e.campaigns.length > 0 ? (mentions(q, /\b(status|progress|how is|how far|doing|today|this week|report)\b/) ? 65 : 30) : 0),
    plan: (_q, e) => [{ name: 'campaign-status', input: { ...(first(e.campaigns) ? { campaign: first(e.campaigns) } : {}), ...window(e, 24) } }],
    headline: (_q, e) => `Campaign ${first(e.campaigns) ?? '(current)'} status:`,
  },
  {
    id: 'list-campaigns',
    example: 'Which campaigns are producing?',
    score: (q) => (mentions(q, /\b(which|list|what|show)( the| all)? campaigns?\b/, /\bcampaigns? (are )?(producing|current|active)\b/, /\bproducing\b/) ? 68 : 0),
    plan: () => [{ name: 'list-campaigns', input: {} }],
    headline: () => 'Campaigns (lifecycle and whether they are producing):',
  },
  {
    id: 'evgen-provenance',
    example: 'Where are the EVGEN input files for group.EIC.26.02.0.epic_craterlake.p3001.e1.s1.r1?',
    score: (q, e) => (mentions(q, /\b(evgen|hepmc3?|input files?|inputs?|provenance|produced from|comes? from)\b/) && (e.composedNames.length + e.dids.length + e.evgenPaths.length > 0) ? 95 : 0),
    plan: (_q, e) => [{ name: 'data-provenance', input: { did_or_path: first(e.dids) ?? first(e.composedNames) ?? first(e.evgenPaths) } }],
    headline: () => 'Provenance: producing task, EVGEN inputs and outputs with their locations.',
  },
  {
    id: 'dataset-location',
    example: 'Where is group.EIC:...b1 stored and how do I read it?',
    score: (q, e) => (mentions(q, /\b(where|stored|replicas?|rse|rules?|xrootd|read it|location|complete|completeness|ready)\b/) && (e.dids.length + e.composedNames.length > 0) ? 85 : 0),
    plan: (_q, e) => [{ name: 'get-rucio-dataset', input: { did: first(e.dids) ?? `group.EIC:${first(e.composedNames)}.b1` } }],
    headline: () => 'Rucio dataset: completeness, replicas by RSE and rules.',
  },
  {
    id: 'dataset',
    example: 'Tell me about group.EIC.26.02.0.epic_craterlake.p3001.e1.s1.r1',
    score: (_q, e) => (e.composedNames.length + e.dids.length > 0 ? 75 : 0),
    plan: (_q, e) => [{ name: 'get-dataset', input: { name: first(e.composedNames) ?? first(e.dids) } }],
    headline: () => 'Dataset (PCS record, blocks, validation and disposition):',
  },
  {
    id: 'dataset-search',
    example: 'Which datasets exist for DIS NC 18x275?',
    score: (q, e) => (mentions(q, /\bdatasets?\b/, /\bsamples?\b/) && (e.beams.length > 0 || mentions(q, /\b(dis|dvcs|sidis|demp|dvmp|ddis|jpsi|phi|rho|upsilon|tcs)\b/)) ? 62 : mentions(q, /\b(which|list) datasets\b/) ? 40 : 0),
    plan: (q, e) => [{ name: 'search-tags', input: { query: searchWords(q, e), tag_type: 'p', limit: 5 } }],
    followUp: (results) => {
      const label = results.find((r) => r.name === 'search-tags' && !r.isError)?.content.match(/\bp\d{3,4}\b/)?.[0];
      return label ? [{ name: 'list-datasets', input: { physics_tag: label, limit: 20 } }] : [];
    },
    headline: (q, e) => `Physics tags matching "${searchWords(q, e)}", then the datasets of the best match:`,
  },
  {
    id: 'tag-diff',
    example: 'What is the difference between p3001 and p2004?',
    score: (q, e) => (e.tagLabels.length >= 2 && mentions(q, /\b(diff\w*|differ\w*|compare|changed?|vs)\b/) ? 88 : 0),
    plan: (_q, e) => [{ name: 'diff-tags', input: { left: e.tagLabels[0], right: e.tagLabels[1] } }],
    headline: (_q, e) => `Differences between ${e.tagLabels[0]} and ${e.tagLabels[1]}:`,
  },
  {
    id: 'tag',
    example: 'What are the parameters of p3001?',
    score: (_q, e) => (e.tagLabels.length > 0 ? 52 : 0),
    plan: (_q, e) => [{ name: 'get-tag', input: { tag_label: e.tagLabels[0] } }],
    headline: (_q, e) => `Tag ${e.tagLabels[0]}:`,
  },
  {
    id: 'request',
    example: 'Is request 12 being produced?',
    score: (_q, e) => (e.requestIds.length > 0 ? 80 : 0),
    plan: (_q, e) => [{ name: 'get-request', input: { request_id: e.requestIds[0] } }],
    headline: (_q, e) => `Production request ${e.requestIds[0]}: status, tasks and progress.`,
  },
  {
    id: 'requests',
    example: 'Which production requests are blocked?',
    score: (q) => (mentions(q, /\brequests?\b/) ? 45 : 0),
    plan: (q) => [{ name: 'list-requests', input: { ...(requestStatus(q) ? { status: requestStatus(q) } : {}), limit: 20 } }],
    headline: (q) => `Production requests${requestStatus(q) ? ` with status ${requestStatus(q)}` : ''}:`,
  },
  {
    id: 'agent-health',
    example: 'Are the agents healthy?',
    score: (q, e) => (e.agentNames.length > 0 || mentions(q, /\bagents?\b/, /\bops agent\b/, /\bheartbeats?\b/) ? 60 : 0),
    plan: (_q, e) => (e.agentNames.length > 0 ? [{ name: 'get-agent', input: { name: e.agentNames[0] } }] : [{ name: 'list-agents', input: { include_exited: true, limit: 30 } }]),
    headline: (_q, e) => (e.agentNames.length > 0 ? `Agent ${e.agentNames[0]}:` : 'Agents and their heartbeat health (healthy < 5 min, stale, exited):'),
  },
  {
    id: 'nightly-sync',
    example: 'Did the nightly sync run?',
    score: (q) => (mentions(q, /\b(nightly|catalog[_ ]sync|sync)\b/) ? 72 : 0),
    plan: () => [{ name: 'list-actions', input: { action: 'catalog_sync', window_hours: 24 * 3, limit: 5 } }],
    headline: () => 'Recent nightly catalog syncs (the newest is the catalog freshness):',
  },
  {
    id: 'recent-actions',
    example: 'What happened in production since the last shift?',
    score: (q) => (mentions(q, /\b(what happened|recent(ly)?|changed|activity|since (the )?last shift|action stream|what's new|latest actions)\b/) ? 42 : 0),
    plan: (_q, e) => [{ name: 'list-actions', input: { ...window(e, 24), summarize: true, limit: 20 } }],
    headline: () => 'Recent production actions:',
  },
  {
    id: 'proposal',
    example: 'What is cp-3?',
    score: (_q, e) => (e.proposalRefs.length > 0 ? 85 : 0),
    plan: (_q, e) => [{ name: 'get-proposal', input: { ref: e.proposalRefs[0] } }],
    headline: (_q, e) => `Proposal ${e.proposalRefs[0]} (approve or deny it on its page; nothing runs without an operator):`,
  },
  {
    id: 'pending-proposals',
    example: 'Which proposals are pending?',
    score: (q) => (mentions(q, /\bproposals?\b/, /\bpending (actions|approvals?)\b/, /\bapprovals?\b/) ? 66 : 0),
    plan: () => [{ name: 'list-proposals', input: { status: 'proposed', limit: 20 } }],
    headline: () => 'Proposals waiting for an operator decision:',
  },
  {
    id: 'propose-task-action',
    example: 'Retry the failed jobs of task 38511',
    score: (q, e) => (e.jediTaskIds.length > 0 && taskAction(q) ? 97 : 0),
    plan: (q, e) => [{ name: 'propose-action', input: { action: taskAction(q), subject: String(e.jediTaskIds[0]), reason: `Requested in chat: ${q.slice(0, 200)}` } }],
    // The headline cannot see whether propose-action succeeded: it states the request, the tool's rendering states the outcome.
    headline: (q, e) => `You asked to ${taskAction(q)?.replace(/_/g, ' ')} task ${e.jediTaskIds[0]}: I can only propose it, and an operator must approve it before anything runs. The proposal outcome:`,
  },
  {
    id: 'alarms',
    example: 'Are there active alarms?',
    score: (q) => (mentions(q, /\balarms?\b/, /\balerts?\b/) ? 64 : 0),
    plan: () => [{ name: 'list-alarms', input: { state: 'active', limit: 20 } }],
    headline: () => 'Active alarms:',
  },
  {
    id: 'runs',
    example: 'Show the latest testbed runs',
    score: (q, e) => (e.runNumbers.length > 0 ? 80 : mentions(q, /\bruns?\b/, /\bstf\b/, /\btestbed\b/) ? 38 : 0),
    plan: (_q, e) => (e.runNumbers.length > 0 ? [{ name: 'get-run', input: { run_number: e.runNumbers[0] } }] : [{ name: 'list-runs', input: { limit: 10 } }]),
    headline: (_q, e) => (e.runNumbers.length > 0 ? `Run ${e.runNumbers[0]}:` : 'Latest runs:'),
  },
  {
    id: 'reports',
    example: 'Show the latest daily report',
    score: (q) => (mentions(q, /\b(daily|weekly) reports?\b/, /\bassessments?\b/, /\breports?\b/) ? 48 : 0),
    plan: () => [{ name: 'list-reports', input: { limit: 5 } }],
    headline: () => 'Latest reports and assessments:',
  },
  {
    id: 'name-check',
    example: 'Is group.EIC.26.13.0.epic_craterlake.p1.e1.s1.r1 a valid name?',
    score: (q) => (mentions(q, /\b(valid|parse|grammar|composed name|naming)\b/) ? 93 : 0),
    plan: (q) => [{ name: 'parse-name', input: { name: nameCandidate(q) } }],
    headline: () => 'Name check against the composed-name grammar:',
  },
  {
    // Trends between two periods need arithmetic over two tool calls: offline that would be a
    // guess, so this shape plans nothing and the provider answers "can't answer that offline".
    id: 'compare-periods',
    example: 'Compare the failure rate this week with last week',
    score: (q, e) => (e.tagLabels.length < 2 && mentions(q, /\b(compar\w*|vs\.?|versus|trend\w*)\b/) && mentions(q, /\b(last|previous|prior) (week|month|day|shift)\b/) ? 99 : 0),
    plan: () => [],
    headline: () => '',
  },
  {
    id: 'system-state',
    example: 'Give me an overview of the system',
    score: (q) => (mentions(q, /\b(overview|system state|system status|everything ok|health of the system|how is production)\b/) ? 36 : 0),
    plan: () => [{ name: 'get-system-state', input: {} }],
    headline: () => 'System overview:',
  },
];

function requestStatus(q: string): string | undefined {
  return ['blocked', 'review', 'ready', 'linked', 'closed', 'new'].find((s) => new RegExp(`\\b${s}\\b`, 'i').test(q));
}

function taskAction(q: string): string | undefined {
  if (/\b(retry|rerun|re-run)\b.*\bfail/i.test(q)) return 'retry_failures';
  if (/\b(add|another|one more) (a )?retry\b|\bretry\b/i.test(q)) return 'add_retry';
  if (/\bpause\b/i.test(q)) return 'pause';
  if (/\bresume\b/i.test(q)) return 'resume';
  if (/\b(abort|kill|cancel)\b/i.test(q)) return 'abort';
  return undefined;
}

/** The token in the question that looks most like a name (longest dotted token). */
function nameCandidate(q: string): string {
  const tokens = q.split(/\s+/).map((t) => t.replace(/[?!,;'"`]+$/, '').replace(/\.$/, '')).filter((t) => t.includes('.'));
  return tokens.sort((a, b) => b.length - a.length)[0] ?? q.trim();
}

/** Physics words and beams from the question for a catalog search, without filler words. */
function searchWords(q: string, e: Entities): string {
  const stop = /^(which|what|are|is|there|the|for|exist|exists|datasets?|samples?|do|we|have|any|of|with|and|in|a|an|show|me|list|all)$/i;
  const words = q.replace(/[?!,]/g, ' ').split(/\s+/).filter((w) => w && !stop.test(w));
  return (words.length > 0 ? words : e.beams).join(' ');
}
