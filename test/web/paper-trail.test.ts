import { describe, expect, it } from 'vitest';
import { useWebApp } from './web-fixture.ts';

const web = useWebApp();

/** One campaign's whole paper trail, only through the REST API, as a production manager would run it. */
describe('a campaign paper trail through /api/v1', () => {
  const state: Record<string, string> = {};

  it('builds tags, a prod config, a campaign and a dataset', async () => {
    expect((await web.as('carol', { method: 'POST', url: '/api/v1/physics-categories', payload: { digit: 2, name: 'DIS' } })).statusCode).toBe(201);
    const specs = [
      { type: 'p', category: 2, parameters: { process: 'DIS_NC', beam_energy_electron: '18', beam_energy_hadron: '275' } },
      { type: 'e', parameters: { generator: 'pythia8', generator_version: '8.310' } },
      { type: 's', parameters: { detector_sim: 'npsim', sim_version: '26.02.0' } },
      { type: 'r', parameters: { reco_version: '26.02.0', reco_config: 'standard' } },
    ];
    for (const spec of specs) {
      const tag = (await web.as('alice', { method: 'POST', url: '/api/v1/tags', payload: spec })).json();
      state[spec.type] = tag.tag_label;
      const lockedByOther = await web.as('bob', { method: 'POST', url: `/api/v1/tags/${tag.tag_label}/lock`, payload: {} });
      expect(lockedByOther.json().error.code).toBe('NOT_TAG_OWNER');
      expect((await web.as('alice', { method: 'POST', url: `/api/v1/tags/${tag.tag_label}/lock`, payload: {} })).json().status).toBe('locked');
    }
    const relock = await web.as('alice', { method: 'PATCH', url: `/api/v1/tags/${state['p']}`, payload: { description: 'x', row_version: 2 } });
    expect(relock.statusCode).toBe(409);
    expect(relock.json().error).toMatchObject({ code: 'TAG_LOCKED', details: { gate: 'tag_draft_only' } });
    const config = await web.as('carol', { method: 'POST', url: '/api/v1/prod-configs', payload: { name: 'DIS 18x275 standard', jug_xl_tag: '26.02.0-stable', events_per_task: 1000, data: { events_per_job: 100 } } });
    expect(config.statusCode).toBe(201);
    state['config'] = String(config.json().id);
    const foreignEdit = await web.as('alice', { method: 'PATCH', url: `/api/v1/prod-configs/${state['config']}`, payload: { jug_xl_tag: 'x', row_version: 1 } });
    expect(foreignEdit.statusCode).toBe(403);
    expect((await web.as('carol', { method: 'POST', url: '/api/v1/campaigns', payload: { name: '26.02' } })).statusCode).toBe(201);
    const dataset = await web.as('alice', {
      method: 'POST', url: '/api/v1/datasets',
      payload: { physics_tag: state['p'], evgen_tag: state['e'], simu_tag: state['s'], reco_tag: state['r'], detector_version: '26.02.0', detector_config: 'epic_craterlake', campaign: '26.02', metadata: { rucio: { matched: [{ did: 'epic:/EVGEN/DIS/NC/18x275/minQ2=1' }] } } },
    });
    expect(dataset.statusCode).toBe(201);
    state['dataset'] = dataset.json().composed_name;
    expect(state['dataset']).toBe(`group.EIC.26.02.0.epic_craterlake.${state['p']}.${state['e']}.${state['s']}.${state['r']}`);
    const reserved = await web.as('alice', { method: 'POST', url: '/api/v1/datasets', payload: { physics_tag: state['p'], evgen_tag: state['e'], simu_tag: state['s'], reco_tag: state['r'], detector_version: '26.02.0', detector_config: 'epic_craterlake', sample_name: 'x.b2' } });
    expect(reserved.json().error.code).toBe('INVALID_NAME');
  });

  it('takes a request idempotently and triages it', async () => {
    const body = { requestor: 'alice', title: 'DIS NC 18x275 minQ2=1', nevents: 1_000_000 };
    const first = await web.as('alice', { method: 'POST', url: '/api/v1/requests', headers: { 'idempotency-key': 'req-1' }, payload: body });
    expect(first.statusCode).toBe(201);
    const replay = await web.as('alice', { method: 'POST', url: '/api/v1/requests', headers: { 'idempotency-key': 'req-1' }, payload: body });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(first.json().id);
    const reused = await web.as('alice', { method: 'POST', url: '/api/v1/requests', headers: { 'idempotency-key': 'req-1' }, payload: { ...body, nevents: 2 } });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    state['request'] = String(first.json().id);
    const url = `/api/v1/requests/${state['request']}/transition`;
    expect((await web.as('alice', { method: 'POST', url, payload: { to: 'review' } })).statusCode).toBe(403);
    expect((await web.as('carol', { method: 'POST', url, payload: { to: 'review' } })).json().status).toBe('review');
    expect((await web.as('carol', { method: 'POST', url, payload: { to: 'ready' } })).json().status).toBe('ready');
    const early = await web.as('carol', { method: 'POST', url, payload: { to: 'linked' } });
    expect(early.json().error).toMatchObject({ code: 'REQUEST_HAS_NO_TASKS', details: { gate: 'linked_requires_task' } });
  });

  it('creates the task, passes the readiness gate and records the submission', async () => {
    const intake = { dataset: state['dataset'], prod_config: state['config'], request_id: Number(state['request']), overrides: { public_catalog_csv_path: 'requests.csv', public_catalog_row_key: 'row-17' } };
    const created = await web.as('carol', { method: 'POST', url: '/api/v1/tasks/intake', payload: intake });
    expect(created.statusCode).toBe(201);
    expect(created.json().task).toMatchObject({ status: 'draft', requestor: 'alice' });
    const again = await web.as('carol', { method: 'POST', url: '/api/v1/tasks/intake', payload: intake });
    expect(again.statusCode).toBe(200);
    expect(again.json().task.id).toBe(created.json().task.id);
    const task = encodeURIComponent(state['dataset']!);
    const direct = await web.as('carol', { method: 'POST', url: `/api/v1/tasks/${task}/record-submission`, payload: { jedi_task_id: 36439 } });
    expect(direct.statusCode).toBe(403);
    const notReady = await web.as('dave', { method: 'POST', url: `/api/v1/tasks/${task}/record-submission`, payload: { jedi_task_id: 36439 } });
    expect(notReady.statusCode).toBe(409);
    expect(notReady.json().error.details.gate).toBe('submission_requires_ready');
    expect((await web.as('carol', { method: 'POST', url: `/api/v1/tasks/${task}/status`, payload: { to: 'ready' } })).json().task.status).toBe('ready');
    const submitted = await web.as('dave', { method: 'POST', url: `/api/v1/tasks/${task}/record-submission`, payload: { jedi_task_id: 36439, status: 'submitted', site: 'BNL_EPIC_PROD_1' } });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json().attempt).toMatchObject({ try_number: 1, jedi_task_id: 36439, task_name: state['dataset'] });
    const twice = await web.as('dave', { method: 'POST', url: `/api/v1/tasks/${task}/record-submission`, payload: { jedi_task_id: 36440 } });
    expect(twice.json().error.code).toBe('TASK_ALREADY_SUBMITTED');
    const rerun = await web.as('dave', { method: 'POST', url: `/api/v1/tasks/${task}/rerun`, payload: { jedi_task_id: 36441, comment: 'rerun' } });
    expect(rerun.json().attempt).toMatchObject({ try_number: 2, task_name: `${state['dataset']}.try2` });
    const linked = await web.as('carol', { method: 'POST', url: `/api/v1/requests/${state['request']}/transition`, payload: { to: 'linked' } });
    expect(linked.json().status).toBe('linked');
  });

  it('renders every artifact format for the task', async () => {
    const task = encodeURIComponent(state['dataset']!);
    const panda = await web.as(null, { method: 'GET', url: `/api/v1/tasks/${task}/command?fmt=panda` });
    expect(panda.body).toContain(`--outDS ${state['dataset']}.try2`);
    const jedi = (await web.as(null, { method: 'GET', url: `/api/v1/tasks/${task}/command?fmt=jedi` })).json();
    expect(jedi).toMatchObject({ taskName: `${state['dataset']}.try2`, nEvents: 1000, nFiles: 10, log: { dataset: `group.EIC:${state['dataset']}.try2.log` } });
    const bad = await web.as(null, { method: 'GET', url: `/api/v1/tasks/${task}/command?fmt=xml` });
    expect(bad.statusCode).toBe(400);
  });

  it('promotes the campaign, summarises it, and keeps comments, narratives and validation results', async () => {
    expect((await web.as('carol', { method: 'POST', url: '/api/v1/campaigns/26.02/promote' })).json()).toMatchObject({ current: '26.02' });
    const summary = (await web.as(null, { method: 'GET', url: '/api/v1/campaigns/26.02/summary' })).json();
    expect(summary).toMatchObject({ lifecycle: 'current', datasets: { total: 1 }, tasks: { total: 1, by_status: { submitted: 1 } }, panda_attempts: 2 });
    const comment = await web.as('bob', { method: 'POST', url: '/api/v1/comments', payload: { subject_type: 'campaign', subject_key: '26.02', body: 'looks good' } });
    expect(comment.statusCode).toBe(201);
    const foreign = await web.as('alice', { method: 'PATCH', url: `/api/v1/comments/${comment.json().id}`, payload: { body: 'edited', row_version: 1 } });
    expect(foreign.statusCode).toBe(403);
    const orphan = await web.as('bob', { method: 'POST', url: '/api/v1/comments', payload: { subject_type: 'campaign', subject_key: '99.99', body: 'x' } });
    expect(orphan.statusCode).toBe(404);
    await web.as('carol', { method: 'POST', url: '/api/v1/narratives', payload: { slug: 'campaign_26.02', title: 'Campaign 26.02' } });
    for (const content of ['v1 text', 'v2 text']) {
      expect((await web.as('carol', { method: 'POST', url: '/api/v1/narratives/campaign_26.02/versions', payload: { content } })).statusCode).toBe(201);
    }
    const versions = (await web.as(null, { method: 'GET', url: '/api/v1/narratives/campaign_26.02/versions' })).json().versions;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'published'], [1, 'superseded']]);
    const validation = await web.as('dave', { method: 'POST', url: '/api/v1/validation-results', payload: { sample: state['dataset'], status: 'validated', revision: 'r1' } });
    expect(validation.json().datasets_updated).toBe(1);
    const dataset = (await web.as(null, { method: 'GET', url: `/api/v1/datasets/${encodeURIComponent(state['dataset']!)}` })).json();
    expect(dataset.metadata.validation.status).toBe('validated');
    const actions = (await web.as(null, { method: 'GET', url: '/api/v1/actions?limit=500' })).json().items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['tag_create', 'tag_lock', 'dataset_create', 'config_create', 'task_intake', 'task_set_status', 'task_submit', 'campaign_promoted', 'narrative_edited']));
  });
});
