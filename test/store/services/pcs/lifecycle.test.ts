import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../../support/test-store.ts';
import { cloneCampaign, campaignProgress, createCampaign, getCampaign, promoteCampaign } from '../../../../store/services/pcs/campaign-service.ts';
import { setDatasetPropagation } from '../../../../store/services/pcs/dataset-service.ts';
import { createProdConfig } from '../../../../store/services/pcs/prod-config-service.ts';
import { intakeQuestionnaire } from '../../../../store/services/pcs/questionnaire-service.ts';
import { intakeRequest, transitionRequest } from '../../../../store/services/pcs/request-service.ts';
import { listTaskAttempts, recordSubmission, rerunEntireTask } from '../../../../store/services/pcs/submission-service.ts';
import { setTaskStatus } from '../../../../store/services/pcs/task-lifecycle.ts';
import { intakeTask } from '../../../../store/services/pcs/task-service.ts';
import { domainError, makeReadyableTask, makeTagSet, manager, operator } from './fixtures.ts';

const getStore = useTestStore({ empty: true });

describe('campaigns', () => {
  it('promotes in one rotation: current→last, last→past, only from future', async () => {
    const db = getStore().db;
    for (const name of ['26.05', '26.06', '26.07']) await createCampaign(db, manager, { name });
    await promoteCampaign(db, manager, '26.05');
    await promoteCampaign(db, manager, '26.06');
    expect(await promoteCampaign(db, manager, '26.07')).toEqual({ current: '26.07', last: '26.06', past: '26.05' });
    expect((await getCampaign(db, '26.05')).lifecycle).toBe('past');
    const error = await domainError(promoteCampaign(db, manager, '26.06'));
    expect(error).toMatchObject({ code: 'CAMPAIGN_NOT_FUTURE', details: { gate: 'promote_from_future' } });
  });

  it('clones only continue datasets into the next campaign as new editions', async () => {
    const db = getStore().db;
    const set = await makeTagSet(db, 'clone');
    await createCampaign(db, manager, { name: '26.02' });
    const kept = await makeReadyableTask(db, set, 'kept', { campaign: '26.02' });
    const held = await makeReadyableTask(db, set, 'held', { campaign: '26.02' });
    await setDatasetPropagation(db, manager, { names: [held.dataset.composedName], state: 'hold', comment: 'needs review' });
    const result = await cloneCampaign(db, manager, '26.02', { name: '26.03' });
    expect(result).toMatchObject({ created: 1, held: 1, final: 0 });
    const progress = await campaignProgress(db, '26.03');
    expect(progress.datasets.total).toBe(1);
    const rows = await db.execute(sql`select composed_name from pcs_dataset where campaign_id = ${result.campaign.id}`);
    expect(JSON.stringify(rows)).toContain(kept.dataset.composedName.replace('26.02.0', '26.03.0'));
  });
});

describe('questionnaires and requests', () => {
  it('syncs a questionnaire in place when its content changes', async () => {
    const db = getStore().db;
    const body = { submitted_at: '2026-10-01T12:00:00Z', description: 'DVCS 10x100', contact: 'alice@example.org' };
    expect((await intakeQuestionnaire(db, manager, body)).outcome).toBe('created');
    expect((await intakeQuestionnaire(db, manager, body)).outcome).toBe('unchanged');
    const updated = await intakeQuestionnaire(db, manager, { ...body, nevents: '1M' });
    expect(updated.outcome).toBe('updated');
  });

  it('replays an Idempotency-Key and refuses the same key with another body', async () => {
    const db = getStore().db;
    const body = { requestor: 'alice', title: 'DIS NC 18x275', nevents: 1_000_000 };
    const first = await intakeRequest(db, manager, body, { idempotencyKey: 'key-1' });
    const replay = await intakeRequest(db, manager, body, { idempotencyKey: 'key-1' });
    expect(replay).toMatchObject({ replayed: true, request: { id: first.request.id } });
    expect((await domainError(intakeRequest(db, manager, { ...body, nevents: 5 }, { idempotencyKey: 'key-1' }))).code).toBe('IDEMPOTENCY_KEY_REUSED');
    const natural = await intakeRequest(db, manager, { ...body, intake_key: 'issue:42' });
    expect((await intakeRequest(db, manager, { ...body, intake_key: 'issue:42' })).request.id).toBe(natural.request.id);
  });

  it('enforces the request transition table and its gates', async () => {
    const db = getStore().db;
    const { request } = await intakeRequest(db, manager, { requestor: 'bob' });
    expect((await domainError(transitionRequest(db, manager, request.id, { to: 'ready' }))).details).toMatchObject({ gate: 'request_transition', allowed: ['review', 'closed'] });
    await transitionRequest(db, manager, request.id, { to: 'review' });
    expect((await domainError(transitionRequest(db, manager, request.id, { to: 'blocked' }))).code).toBe('REQUEST_BLOCK_REASON_REQUIRED');
    const blocked = await transitionRequest(db, manager, request.id, { to: 'blocked', reason: 'no EVGEN input yet' });
    expect(blocked.blockedReason).toBe('no EVGEN input yet');
    await transitionRequest(db, manager, request.id, { to: 'ready' });
    expect((await domainError(transitionRequest(db, manager, request.id, { to: 'linked' }))).code).toBe('REQUEST_HAS_NO_TASKS');
    const stale = await domainError(transitionRequest(db, manager, request.id, { to: 'closed', row_version: 1 }));
    expect(stale.code).toBe('ROW_VERSION_MISMATCH');
  });
});

describe('tasks', () => {
  it('is idempotent on public-catalog keys and merges new override keys into the draft', async () => {
    const db = getStore().db;
    const set = await makeTagSet(db, 'intake');
    const { dataset } = await makeReadyableTask(db, set, 'intake');
    const body = { dataset: dataset.composedName, prod_config: set.prodConfig, name: `${dataset.composedName}.x`, overrides: { public_catalog_repo: 'eic/requests', public_catalog_issue: 7 } };
    const first = await intakeTask(db, manager, body);
    const again = await intakeTask(db, manager, { ...body, overrides: { ...body.overrides, beam: '18x275' } });
    expect(again).toMatchObject({ outcome: 'merged', task: { id: first.task.id, overrides: { beam: '18x275' } } });
    expect((await intakeTask(db, manager, body)).outcome).toBe('unchanged');
  });

  it('names the failing readiness gate', async () => {
    const db = getStore().db;
    const set = await makeTagSet(db, 'gates');
    const { task } = await makeReadyableTask(db, set, 'noinput', { matched: false });
    const error = await domainError(setTaskStatus(db, manager, task.name, { to: 'ready' }));
    expect(error).toMatchObject({ kind: 'gate', code: 'TASK_GATE_EVGEN_INPUT', details: { gate: 'evgen_input' } });
    const beam = await makeReadyableTask(db, set, 'beam');
    await intakeTask(db, manager, { dataset: beam.dataset.composedName, prod_config: set.prodConfig, intake_key: 'test:beam', overrides: { beam: '10x100' } });
    expect((await domainError(setTaskStatus(db, manager, beam.task.name, { to: 'ready' }))).details).toMatchObject({ gate: 'beam_match' });
    const placeholder = await createProdConfig(db, manager, { name: 'Placeholder — no bound configuration' });
    const unbound = await makeReadyableTask(db, set, 'unbound');
    const t = await intakeTask(db, manager, { dataset: unbound.dataset.composedName, prod_config: placeholder.name, name: `${unbound.dataset.composedName}.pl`, intake_key: 'test:unbound-pl' });
    expect((await domainError(setTaskStatus(db, manager, t.task.name, { to: 'ready' }))).code).toBe('TASK_GATE_PROD_CONFIG_BOUND');
    const noCopies = await createProdConfig(db, manager, { name: 'no copies', copy_reco: false, copy_full: false });
    const t2 = await intakeTask(db, manager, { dataset: unbound.dataset.composedName, prod_config: noCopies.name, name: `${unbound.dataset.composedName}.nc`, intake_key: 'test:unbound-nc' });
    expect((await domainError(setTaskStatus(db, manager, t2.task.name, { to: 'ready' }))).code).toBe('TASK_GATE_COPIES_OUTPUT');
    const mixing = await createProdConfig(db, manager, { name: 'mixing', bg_mixing: true });
    const t3 = await intakeTask(db, manager, { dataset: unbound.dataset.composedName, prod_config: mixing.name, name: `${unbound.dataset.composedName}.mx`, intake_key: 'test:unbound-mx' });
    expect((await domainError(setTaskStatus(db, manager, t3.task.name, { to: 'ready' }))).code).toBe('TASK_GATE_BACKGROUND_TAG');
  });

  it('returns warnings instead of errors in commissioning mode', async () => {
    const db = getStore().db;
    const set = await makeTagSet(db, 'commissioning');
    const { task } = await makeReadyableTask(db, set, 'commissioning', { matched: false });
    await db.execute(sql`insert into swf_sys_config (id, config_data) values (1, '{"pcs_commissioning_mode": true}') on conflict (id) do update set config_data = excluded.config_data`);
    try {
      const result = await setTaskStatus(db, manager, task.name, { to: 'ready' });
      expect(result.warnings.map((w) => w.gate)).toEqual(['evgen_input']);
    } finally {
      await db.execute(sql`update swf_sys_config set config_data = '{}' where id = 1`);
    }
  });

  it('records submission only once from ready, then reruns as try 2', async () => {
    const db = getStore().db;
    const set = await makeTagSet(db, 'submit');
    const { task } = await makeReadyableTask(db, set, 'submit');
    expect((await domainError(recordSubmission(db, operator, task.name, { jedi_task_id: 38508 }))).details).toMatchObject({ gate: 'submission_requires_ready' });
    expect((await domainError(setTaskStatus(db, manager, task.name, { to: 'completed' }))).code).toBe('TASK_TRANSITION_NOT_ALLOWED');
    await setTaskStatus(db, manager, task.name, { to: 'ready' });
    const submitted = await recordSubmission(db, operator, task.name, { jedi_task_id: 38508, site: 'BNL_EPIC_PROD_1' });
    expect(submitted.attempt).toMatchObject({ tryNumber: 1, taskName: task.composedName, logDs: `group.EIC:${task.composedName}.log` });
    expect((await domainError(recordSubmission(db, operator, task.name, { jedi_task_id: 38509 }))).code).toBe('TASK_ALREADY_SUBMITTED');
    const rerun = await rerunEntireTask(db, operator, task.name, { jedi_task_id: 38510, comment: 'test task, rerun whole' });
    expect(rerun.attempt).toMatchObject({ tryNumber: 2, taskName: `${task.composedName}.try2` });
    expect(rerun.task.pandaTaskId).toBe(38510);
    expect((await listTaskAttempts(db, task.name)).map((a) => a.tryNumber)).toEqual([1, 2]);
    await setTaskStatus(db, manager, task.name, { to: 'completed' });
    expect((await domainError(setTaskStatus(db, manager, task.name, { to: 'failed' }))).details).toMatchObject({ gate: 'task_transition', allowed: [] });
  });
});
