import { alarmDefinition, alarmEngineRun, alarmEvent, team } from '../schema/alarms.ts';
import { artifactPage, artifactVersion } from '../schema/artifacts.ts';
import { addHours, daysBefore, isoDay, type SeedContext } from './context.ts';
import type { CampaignPlan } from './generate-campaigns.ts';
import type { PandaTaskPlan } from './plan-tasks.ts';

export interface SiteRate { site: string; fraction: number; finalFailed: number; finished: number }

/** Narrative pages per family (immutable versions) and the daily report of the current campaign. */
export async function generateArtifacts(ctx: SeedContext, campaigns: CampaignPlan[], sites: SiteRate[], syncFreshHours: number): Promise<void> {
  const families = campaigns.filter((c) => c.twoField && c.lifecycle !== 'future');
  for (const c of families) {
    const [page] = await ctx.db.insert(artifactPage).values({
      slug: `campaign_${c.family}`, section: 'epicprod.narrative', title: `Campaign ${c.family} narrative`, subjectType: 'campaign', subjectKey: c.name,
      uiVisible: 1, createdBy: 'carol', createdAt: addHours(c.start, 24 * 2),
    }).returning({ id: artifactPage.id });
    const versions = c.lifecycle === 'current' || c.lifecycle === 'last' ? 3 : 2;
    for (let v = 1; v <= versions; v++) {
      const at = addHours(c.start, 24 * (2 + v * 6));
      await ctx.db.insert(artifactVersion).values({
        pageId: page!.id, version: v, status: v === versions ? 'published' : 'superseded',
        content: `# Campaign ${c.family}\n\nVersion ${v}. Production of ${c.patches.join(' and ')} with jug_xl ${c.patches[0]}-stable.\n\n## Sources\n- PanDA task list\n- Rucio arrivals`,
        data: { name: `campaign_${c.family}`, sources: ['panda', 'rucio'] }, tags: ['epicprod', 'narrative'], createdBy: 'carol', createdAt: at,
      });
    }
  }
  const current = campaigns.find((c) => c.lifecycle === 'current')!;
  const day = isoDay(daysBefore(ctx.anchor, 1));
  const alarmSite = sites.find((s) => s.fraction >= 0.3);
  const attention = sites.find((s) => s.fraction >= 0.1 && s.fraction < 0.3);
  // Rule-based floor (DOMAIN §8.3): any site at or above the alarm fraction → alarm; stale sync raises too.
  const verdict = alarmSite ? 'alarm' : attention || syncFreshHours > 26 ? 'attention' : 'ok';
  const [report] = await ctx.db.insert(artifactPage).values({
    slug: `assessment/${current.name}/daily/${day}`, section: 'epicprod.report', title: `${current.name} daily: ${verdict.toUpperCase()}`,
    subjectType: 'campaign', subjectKey: current.name, uiVisible: 1, createdBy: 'report', createdAt: daysBefore(ctx.anchor, 0.1),
  }).returning({ id: artifactPage.id });
  await ctx.db.insert(artifactVersion).values({
    pageId: report!.id, version: 1, status: 'published', verdict,
    content: `# ${current.name} daily report ${day}\n\nVerdict: **${verdict}**.\n\n${alarmSite ? `Final failure fraction at ${alarmSite.site} is ${(alarmSite.fraction * 100).toFixed(1)}%.` : ''}\n\n### Generation report\nRule-based floor applied.`,
    data: {
      assessment_kind: 'daily', origin: 'scheduled', verdict, schema_version: 5, subject_type: 'campaign', subject_key: current.name,
      axes: { failures: { status: alarmSite ? 'alarm' : 'ok', note: alarmSite ? `${alarmSite.site} final failure fraction ${alarmSite.fraction.toFixed(3)}` : '' }, arrivals: { status: 'ok', note: '' } },
      floor: { sites: sites.map((s) => ({ site: s.site, fraction: Number(s.fraction.toFixed(4)) })), sync_age_hours: syncFreshHours },
    },
    tags: ['epicprod', 'ai-assessment', 'campaign'], createdBy: 'report', model: 'offline', createdAt: daysBefore(ctx.anchor, 0.1),
  });
}

export async function generateAlarms(ctx: SeedContext, alarmSite: SiteRate, alarmTask: PandaTaskPlan | undefined): Promise<void> {
  const at = daysBefore(ctx.anchor, 60);
  await ctx.db.insert(team).values({ alias: '@prodops', members: ['bob', 'erin'], createdAt: at });
  const defs = await ctx.db.insert(alarmDefinition).values([
    { entryId: 'alarm_panda_failure_rate_eic_all', module: 'panda_failure_rate_eic_all', title: 'PanDA final failure rate (EIC, all users)', content: 'Final failure rate over terminal jobs exceeded the threshold.', severity: 'alarm', params: { threshold: 0.3, since_days: 1, processingtype: 'epicproduction', min_terminal_jobs: 5, statuses: ['running', 'failed', 'broken'] }, recipients: ['@prodops'], renotificationWindowHours: 24, createdAt: at, updatedAt: at },
    { entryId: 'alarm_catalog_sync_freshness', module: 'catalog_sync_freshness', title: 'Nightly catalog sync freshness', content: 'The nightly catalog_sync summary record is older than allowed.', severity: 'warning', params: { max_age_hours: 30 }, recipients: ['@prodops'], createdAt: at, updatedAt: at },
    { entryId: 'alarm_payload_fetch_rate', module: 'payload_fetch_rate', title: 'Payload log fetch rate', content: 'Too many credentialed log fetches.', severity: 'warning', params: { window_minutes: 60, max_fetches: 60 }, recipients: ['@prodops'], createdAt: at, updatedAt: at },
    { entryId: 'alarm_delivery_record_freshness', module: 'delivery_record_freshness', title: 'Delivery record freshness', content: 'Daily delivery records are stale.', severity: 'warning', enabled: false, params: { max_age_hours: 30 }, recipients: ['@prodops'], createdAt: at, updatedAt: at },
  ]).returning({ id: alarmDefinition.id });
  const failureAlarm = defs[0]!.id;
  const fire = addHours(ctx.anchor, -7);
  await ctx.db.insert(alarmEvent).values([
    { alarmId: failureAlarm, dedupeKey: `site:${alarmSite.site}`, subject: `${alarmSite.site} final failure rate ${(alarmSite.fraction * 100).toFixed(1)}%`, fireTime: fire, clearTime: null, lastSeen: addHours(ctx.anchor, -0.05), lastNotified: fire, recipients: ['bob', 'erin'], detail: { site: alarmSite.site, fraction: Number(alarmSite.fraction.toFixed(4)), jedi_task_id: alarmTask?.jediTaskId ?? null, threshold: 0.3 } },
    { alarmId: defs[1]!.id, dedupeKey: 'catalog_sync', subject: 'catalog_sync older than 30 h', fireTime: daysBefore(ctx.anchor, 5.7), clearTime: daysBefore(ctx.anchor, 4.8), lastSeen: daysBefore(ctx.anchor, 4.85), lastNotified: daysBefore(ctx.anchor, 5.7), recipients: ['bob', 'erin'], detail: { age_hours: 31.5 } },
  ]);
  const runs = [];
  for (let i = 0; i < 12; i++) {
    const start = addHours(ctx.anchor, -(i * 5) / 60 - 0.02);
    runs.push({ startedAt: start, finishedAt: addHours(start, 0.004), alarmsRun: 4, alarmsSeen: i * 5 / 60 < 7 ? 1 : 0, notificationsSent: 0, errors: i === 7 ? 1 : 0, errorDetails: i === 7 ? [{ alarm: 'payload_fetch_rate', error: 'monitor REST timeout' }] : [], perAlarm: { panda_failure_rate_eic_all: { seen: 1 } } });
  }
  await ctx.db.insert(alarmEngineRun).values(runs.reverse());
}
