import { appUser } from '../schema/auth.ts';
import { sysConfig, systemStatus } from '../schema/monitor.ts';
import { comment, evgenMark, validationResult } from '../schema/pcs.ts';
import { addHours, daysBefore, hoursBefore, type SeedContext } from './context.ts';
import type { DatasetPlan } from './generate-datasets.ts';
import type { ProdTaskPlan } from './plan-tasks.ts';
import { EVGEN_PATHS } from './physics-values.ts';

export const SYS_CONFIG_DEFAULTS = {
  external_face_base_url: 'https://epic-prod.example.org', epicprod_live_policy: 'sublevel', epicprod_live_channel: 'epic-prod-live',
  epicprod_live_min_sublevel: 'high', epicprod_live_poll_seconds: 60, questionnaire_csv_url: 'https://docs.google.com/spreadsheets/d/epic-production-requests/export?format=csv',
  campaign_producing_window_days: 3, ai_proposal_mcp_approvers: [], ai_proposal_propagation_enabled: true, ai_proposal_retry_enabled: true,
  assessment_enabled: true, assessment_ffail_attention: 0.1, assessment_ffail_alarm: 0.3, assessment_sync_stale_hours: 26, assessment_arrivals_stall_days: 2,
  assessment_daily_stale_hours: 26, assessment_weekly_stale_hours: 170, assessment_problem_recurrence_days: 3, assessment_platform_floor_exclude: [],
} as const;

export async function generatePeople(ctx: SeedContext): Promise<void> {
  const at = daysBefore(ctx.anchor, 90);
  await ctx.db.insert(appUser).values([
    ['alice', 'Alice (physicist)', 'physicist'], ['bob', 'Bob (operator)', 'operator'], ['carol', 'Carol (production manager)', 'production-manager'],
    ['dave', 'Dave (viewer)', 'viewer'], ['erin', 'Erin (operator)', 'operator'], ['admin', 'Administrator', 'admin'],
  ].map(([username, displayName, role], i) => ({ username: username!, displayName: displayName!, role: role as 'viewer', externalIds: { mattermost: `mm${String(i + 1).padStart(24, '0')}` }, createdAt: addHours(at, i) })));
  await ctx.db.insert(sysConfig).values({ id: 1, configData: { ...SYS_CONFIG_DEFAULTS }, updatedBy: 'admin', updatedAt: at });
  const checked = hoursBefore(ctx.anchor, 0.05);
  await ctx.db.insert(systemStatus).values([
    { name: 'ops-agent', category: 'agents', status: 'ok', summary: 'epicprod-ops-agent heartbeat 45 s ago', checkedAt: checked },
    { name: 'bot-service', category: 'services', status: 'ok', summary: 'responding', checkedAt: checked },
    { name: 'mcp-worker', category: 'services', status: 'ok', summary: 'responding', checkedAt: checked },
    { name: 'web-server', category: 'services', status: 'ok', summary: 'responding', checkedAt: checked },
    { name: 'external-prod-face', category: 'external', status: 'warning', summary: 'proxy latency 2.4 s', checkedAt: checked },
    { name: 'ci-actions', category: 'ci', status: 'ok', summary: 'last run passed', checkedAt: checked },
    { name: 'composed-name-integrity', category: 'services', status: 'ok', summary: 'no collisions', checkedAt: checked },
    { name: 'campaign-assessments', category: 'services', status: 'ok', summary: 'daily report fresh', checkedAt: checked },
  ]);
}

/** Validation results, EVGEN marks and human comments on requests/tasks/campaigns. */
export async function generateAnnotations(ctx: SeedContext, reco: DatasetPlan[], tasks: ProdTaskPlan[]): Promise<void> {
  const rng = ctx.rng.fork('annotations');
  const done = tasks.filter((t) => t.status === 'completed').slice(0, 24);
  const rows = done.map((t, i) => {
    const status = i % 6 === 0 ? 'failed' as const : i % 5 === 0 ? 'pending' as const : 'validated' as const;
    const received = addHours(t.pandaTasks[t.pandaTasks.length - 1]!.end ?? ctx.anchor, rng.float(2, 30));
    return {
      sample: t.dataset.composed, revision: t.dataset.detectorVersion, status, benchmarks: [{ name: 'dis_reconstruction', status }],
      invalidated: status === 'failed' ? [{ reason: 'electron energy resolution outside tolerance' }] : [],
      completedAt: status === 'pending' ? null : received, detailsUrl: `https://eicweb.phy.anl.gov/EIC/benchmarks/-/pipelines/${40_000 + i}`,
      raw: {}, receivedFrom: 'validation-service', receivedAt: received.getTime() > ctx.anchor.getTime() ? hoursBefore(ctx.anchor, 1 + i) : received,
    };
  });
  if (rows.length > 0) await ctx.db.insert(validationResult).values(rows);
  await ctx.db.insert(evgenMark).values(EVGEN_PATHS.slice(0, 5).map((p, i) => ({
    path: `/EVGEN/${p}`, obsolete: i === 1, setBy: 'alice', setAt: daysBefore(ctx.anchor, 30 - i),
    comment: i === 1 ? 'Superseded by BeAGLE1.03.02-2.0; wrong nuclear PDF in 1.3' : '',
  })));
  const current = tasks.filter((t) => t.dataset.campaign.lifecycle === 'current');
  const comments = [
    { subjectType: 'task' as const, subjectKey: current.find((t) => t.pandaTasks.some((p) => p.roles.has('exhausted')))?.dataset.composed ?? current[0]!.dataset.composed, author: 'bob', body: 'Exhausted at UM_GREX: checksum errors on stage-out; waiting for the site to fix the storage endpoint.' },
    { subjectType: 'task' as const, subjectKey: current.find((t) => t.pandaTasks.some((p) => p.roles.has('paused')))?.dataset.composed ?? current[1]!.dataset.composed, author: 'bob', body: 'Paused while the memory limit is raised.' },
    { subjectType: 'campaign' as const, subjectKey: current[0]!.dataset.campaign.name, author: 'carol', body: 'Google queue keeps hitting BackoffLimitExceeded; moving new tasks to BNL_EPIC_PROD_1.' },
    { subjectType: 'request' as const, subjectKey: '1', author: 'alice', body: 'Please prioritise the 18x275 sample for the TDR plots.' },
    { subjectType: 'dataset' as const, subjectKey: reco[0]!.composed, author: 'carol', body: 'Historic sample kept for comparison.' },
  ];
  await ctx.db.insert(comment).values(comments.map((c, i) => ({ ...c, model: null, createdAt: daysBefore(ctx.anchor, 4 - i * 0.5), updatedAt: daysBefore(ctx.anchor, 4 - i * 0.5) })));
}
