/**
 * The drill-down links that tool results carry (`url`), each answered by the tool that produced
 * it: the page shows exactly what the assistant saw, and its whole state is in its URL.
 */
export interface DrillDownRoute {
  /** Fastify path pattern. */
  path: string;
  tool: string;
  title: (params: Record<string, string>) => string;
  /** Tool arguments from path parameters and the query string (names as the tools put them in URLs). */
  args: (params: Record<string, string>, query: QueryReader) => Record<string, unknown>;
}

export interface QueryReader {
  text(name: string): string | undefined;
  /** A number, or the raw text when it is not one (the tool's validation then names the problem). */
  int(name: string): number | string | undefined;
  list(name: string): string[] | undefined;
}

const defined = (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
const int = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : value);

export const DRILL_DOWN_ROUTES: DrillDownRoute[] = [
  { path: '/tasks', tool: 'list-panda-tasks', title: () => 'PanDA tasks', args: (_p, q) => defined({ status: q.list('status'), campaign: q.text('campaign'), username: q.text('username'), site: q.text('site'), cursor: q.text('cursor') }) },
  { path: '/tasks/:id', tool: 'get-panda-task', title: (p) => `PanDA task ${p.id}`, args: (p) => ({ jedi_task_id: int(p.id) }) },
  { path: '/jobs/:id', tool: 'get-job', title: (p) => `PanDA job ${p.id}`, args: (p) => ({ panda_id: int(p.id) }) },
  { path: '/errors', tool: 'error-summary', title: () => 'Error signatures', args: (_p, q) => defined({ window_hours: q.int('window_hours'), site: q.text('site'), jedi_task_id: q.int('task'), campaign: q.text('campaign'), username: q.text('user') }) },
  { path: '/sites', tool: 'site-health', title: () => 'Site health', args: (_p, q) => defined({ window_hours: q.int('window_hours'), campaign: q.text('campaign') }) },
  { path: '/sites/:site', tool: 'site-health', title: (p) => `Site ${p.site}`, args: (p, q) => defined({ site: p.site, window_hours: q.int('window_hours') }) },
  { path: '/campaigns', tool: 'list-campaigns', title: () => 'Campaigns', args: () => ({}) },
  { path: '/campaigns/:name', tool: 'campaign-status', title: (p) => `Campaign ${p.name}`, args: (p, q) => defined({ campaign: p.name, window_hours: q.int('window_hours') }) },
  { path: '/datasets/:name', tool: 'get-dataset', title: (p) => `Dataset ${p.name}`, args: (p) => ({ name: p.name }) },
  { path: '/prod-tasks/:name', tool: 'get-prod-task', title: (p) => `Campaign task ${p.name}`, args: (p) => ({ name: p.name }) },
  { path: '/requests/:id', tool: 'get-request', title: (p) => `Production request ${p.id}`, args: (p) => ({ request_id: int(p.id) }) },
  { path: '/tags/:label', tool: 'get-tag', title: (p) => `Tag ${p.label}`, args: (p) => ({ tag_label: p.label }) },
  { path: '/agents', tool: 'list-agents', title: () => 'Agents', args: (_p, q) => defined({ namespace: q.text('namespace'), include_exited: true }) },
  { path: '/agents/:name', tool: 'get-agent', title: (p) => `Agent ${p.name}`, args: (p) => ({ name: p.name }) },
  { path: '/runs', tool: 'list-runs', title: () => 'Runs', args: (_p, q) => defined({ window_hours: q.int('window_hours') }) },
  { path: '/runs/:number', tool: 'get-run', title: (p) => `Run ${p.number}`, args: (p) => ({ run_number: int(p.number) }) },
  { path: '/actions', tool: 'list-actions', title: () => 'Action stream', args: (_p, q) => defined({ action: q.text('action'), window_hours: q.int('window_hours'), subject_key: q.text('subject_key'), cursor: q.text('cursor') }) },
  { path: '/alarms', tool: 'list-alarms', title: () => 'Alarms', args: () => ({ state: 'all' }) },
  { path: '/proposals', tool: 'list-proposals', title: () => 'Proposals', args: (_p, q) => defined({ status: q.text('status') }) },
  { path: '/proposals/:ref', tool: 'get-proposal', title: (p) => `Proposal ${p.ref}`, args: (p) => ({ ref: p.ref }) },
  { path: '/reports', tool: 'list-reports', title: () => 'Reports and assessments', args: () => ({}) },
];
