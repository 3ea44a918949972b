import { campaign } from '../schema/pcs.ts';
import type { CampaignLifecycle } from '../schema/enums.ts';
import { addHours, isoDay, type SeedContext } from './context.ts';

export interface CampaignPlan {
  id: number;
  name: string;
  /** Two-field family (`26.11`). */
  family: string;
  lifecycle: CampaignLifecycle;
  start: Date;
  /** Detector versions (YY.MM.P) recorded on its datasets. */
  patches: string[];
  /** Produced with PanDA (from 26.06.0, the first official EIC.production submissions). */
  panda: boolean;
  twoField: boolean;
}

const THREE_FIELD = [
  '22.10.0', '23.05.0', '23.12.0', '24.06.0', '24.12.0', '25.04.0', '25.10.0', '25.10.1', '25.10.2', '25.10.3',
  '25.12.0', '26.02.0', '26.03.0', '26.04.1', '26.05.0', '26.06.0',
] as const;

function monthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1));
}

function familyName(at: Date): string {
  return `${String(at.getUTCFullYear() % 100).padStart(2, '0')}.${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Monthly cadence up to the anchor's month (current), previous = last, next = future (DOMAIN §2.8). */
export function planCampaigns(anchor: Date): Omit<CampaignPlan, 'id'>[] {
  const firstTwoField = monthStart(2026, 6);
  const anchorMonth = monthStart(anchor.getUTCFullYear(), anchor.getUTCMonth());
  if (anchorMonth.getTime() < monthStart(2026, 7).getTime()) {
    throw new Error(`seed anchor ${anchor.toISOString()} is before 2026-08: the two-field campaign families start at 26.07`);
  }
  const out: Omit<CampaignPlan, 'id'>[] = [];
  for (const name of THREE_FIELD) {
    const [yy, mm, patch] = name.split('.').map(Number) as [number, number, number];
    const start = addHours(monthStart(2000 + yy, mm - 1), 24 * Math.min(patch * 7, 21));
    out.push({ name, family: name.slice(0, 5), lifecycle: 'past', start, patches: [name], panda: name === '26.06.0', twoField: false });
  }
  for (let m = firstTwoField; m.getTime() <= addHours(anchorMonth, 24 * 40).getTime(); m = monthStart(m.getUTCFullYear(), m.getUTCMonth() + 1)) {
    const name = familyName(m);
    const isCurrent = m.getTime() === anchorMonth.getTime();
    const isFuture = m.getTime() > anchorMonth.getTime();
    const isLast = monthStart(m.getUTCFullYear(), m.getUTCMonth() + 1).getTime() === anchorMonth.getTime();
    const lifecycle: CampaignLifecycle = isCurrent ? 'current' : isFuture ? 'future' : isLast ? 'last' : 'past';
    out.push({ name, family: name, lifecycle, start: m, patches: [`${name}.0`, `${name}.1`], panda: !isFuture, twoField: true });
  }
  return out;
}

export async function generateCampaigns(ctx: SeedContext): Promise<CampaignPlan[]> {
  const plans = planCampaigns(ctx.anchor);
  const out: CampaignPlan[] = [];
  for (const p of plans) {
    const previous = out[out.length - 1];
    // 25.10.x patches and the future family are clones of their predecessor (clone_of).
    const clone = previous && ((p.name.startsWith('25.10.') && p.name !== '25.10.0') || p.lifecycle === 'future') ? previous : undefined;
    const end = p.lifecycle === 'past' ? isoDay(addHours(p.start, 24 * 55)) : null;
    const createdAt = addHours(p.start, -24 * 12);
    const [row] = await ctx.db.insert(campaign).values({
      name: p.name,
      lifecycle: p.lifecycle,
      description: p.twoField ? `Campaign family ${p.family} (monthly production)` : `Campaign ${p.name}`,
      startDate: isoDay(p.start),
      endDate: end,
      cloneOfId: clone?.id ?? null,
      data: { family: p.family, patches: p.patches, corun_page_group_ids: [] },
      createdBy: 'carol',
      createdAt,
      updatedAt: createdAt,
    }).returning({ id: campaign.id });
    out.push({ ...p, id: row!.id });
  }
  return out;
}
