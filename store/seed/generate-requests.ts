import { prodRequest, questionnaire } from '../schema/pcs.ts';
import type { RequestStatus } from '../schema/enums.ts';
import { addHours, daysBefore, type SeedContext } from './context.ts';
import type { DatasetPlan } from './generate-datasets.ts';
import { CSV_MANIFESTS, EVGEN_PATHS, PWGS, PWG_FOR_DIGIT, REQUESTORS } from './physics-values.ts';

export interface RequestPlan {
  id: number;
  status: RequestStatus;
  requestor: string;
  priority: number;
  anchorDataset: DatasetPlan;
}

const NEVENTS_TEXT = ['400k', '1M', '2.75M', '3.85M', '', '500k', '10M'] as const;
const NEVENTS_NUMBER: Record<string, number | null> = { '400k': 400_000, '1M': 1_000_000, '2.75M': 2_750_000, '3.85M': 3_850_000, '': null, '500k': 500_000, '10M': 10_000_000 };
const STATUS_CYCLE: readonly RequestStatus[] = ['linked', 'linked', 'linked', 'new', 'review', 'blocked', 'ready', 'closed', 'linked', 'ready'];
const BLOCKED_REASONS = [
  'EVGEN input not found in Rucio (scope epic) — waiting for the PWG to upload',
  'Beam energy in the request (10x275) does not match the physics tag (18x275)',
  'Exceeds 1% of the campaign budget without a justification',
];

/** Questionnaires (form mirrors) and requests through every lifecycle status (DOMAIN §2.9). */
export async function generateRequests(ctx: SeedContext, datasets: readonly DatasetPlan[]): Promise<RequestPlan[]> {
  const rng = ctx.rng.fork('requests');
  const recent = datasets.filter((d) => d.campaign.panda && d.campaign.lifecycle !== 'past');
  const nRequests = Math.max(30, Math.floor(recent.length / 6));
  const nQuestionnaires = Math.max(12, Math.floor(nRequests / 3));
  const qRows: (typeof questionnaire.$inferInsert)[] = [];
  for (let i = 0; i < nQuestionnaires; i++) {
    const at = daysBefore(ctx.anchor, 170 - (i * 160) / nQuestionnaires + rng.float(0, 0.5));
    const pwg = PWGS[i % PWGS.length]!;
    qRows.push({
      submittedAt: at,
      description: `${pwg} request: ${rng.pick(['DIS NC minQ2 scan', 'DVCS beam-energy scan', 'SIDIS D0 samples', 'Diffractive J/psi', 'Background studies'])} for ${rng.pick(['pre-TDR', 'early science', 'detector studies'])}`,
      repository: `https://github.com/eic/physics_benchmarks/tree/${pwg.replace(/\W/g, '').toLowerCase()}`,
      contact: `${rng.pick(REQUESTORS)}@example.org`,
      nevents: rng.pick(NEVENTS_TEXT),
      benchmark: rng.pick(['', 'benchmarks/dis', 'benchmarks/dvcs']),
      estimate: rng.pick(['', '≈ 2 core-years', '≈ 0.5 TB']),
      status: rng.pick(['active', 'active', 'review', 'linked', 'closed'] as const),
      sourceUrl: 'https://docs.google.com/spreadsheets/d/epic-production-requests',
      sourceRow: i + 2,
      contentHash: rng.hex(40),
      data: { pwg, dsc: '' },
      createdBy: 'questionnaire_import',
      createdAt: addHours(at, 2),
      updatedAt: addHours(at, 2),
    });
  }
  const qIds = (await ctx.db.insert(questionnaire).values(qRows).returning({ id: questionnaire.id })).map((r) => r.id);

  const plans: Omit<RequestPlan, 'id'>[] = [];
  const rows: (typeof prodRequest.$inferInsert)[] = [];
  const picked = rng.shuffle(recent).slice(0, nRequests);
  picked.forEach((d, i) => {
    const status = STATUS_CYCLE[i % STATUS_CYCLE.length]!;
    const digit = Math.floor(d.physics.number / 1000);
    const requestor = rng.pick(REQUESTORS);
    const priority = rng.pick([1, 2, 2, 3, -1]);
    const text = rng.pick(NEVENTS_TEXT);
    const at = addHours(d.createdAt, -rng.float(24, 24 * 20));
    plans.push({ status, requestor, priority, anchorDataset: d });
    rows.push({
      questionnaireId: qIds[i % qIds.length] ?? null,
      intakeKey: `issue-${1000 + i}`,
      requestor,
      pwg: PWG_FOR_DIGIT[digit] ?? 'inclusive',
      title: `${d.physics.spec?.description ?? d.physics.label}${d.sample ? ` (${d.sample})` : ''}`,
      simuPath: `/volatile/eic/EPIC/EVGEN/${EVGEN_PATHS[i % EVGEN_PATHS.length]}`,
      genConfig: `${d.evgen.parameters.generator} ${d.evgen.parameters.generator_version}`,
      nevents: NEVENTS_NUMBER[text] ?? null,
      background: d.bg ? d.bg.parameters.background_type ?? '' : 'No',
      description: `Requested via the public catalog (${CSV_MANIFESTS[i % CSV_MANIFESTS.length]})`,
      priority,
      preTdrUse: rng.chance(0.5),
      earlyScienceUse: rng.chance(0.4),
      otherUse: rng.chance(0.1),
      newRequest: rng.chance(0.7),
      status,
      sourceUrl: `https://github.com/eic/epic-prod/issues/${1000 + i}`,
      sourceRow: i + 2,
      inputStatus: status === 'blocked' ? 'missing' : 'available',
      rucioSource: status === 'blocked' ? '' : `epic:/EVGEN/${EVGEN_PATHS[i % EVGEN_PATHS.length]}`,
      validationStatus: status === 'closed' ? 'validated' : '',
      blockedReason: status === 'blocked' ? BLOCKED_REASONS[i % BLOCKED_REASONS.length]! : '',
      data: { physics_config_anchor: d.composed, pc: d.pcLabel },
      createdBy: 'csv_import',
      createdAt: at,
      updatedAt: addHours(at, 48),
    });
  });
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    ids.push(...(await ctx.db.insert(prodRequest).values(rows.slice(i, i + 500)).returning({ id: prodRequest.id })).map((r) => r.id));
  }
  return plans.map((p, i) => ({ ...p, id: ids[i]! }));
}
