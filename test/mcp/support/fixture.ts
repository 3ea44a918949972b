import type { Store } from '../../../store/db/database.ts';
import { TEST_ANCHOR } from '../../support/test-env.ts';

/**
 * A small, fully known production laid over the seeded template (keys chosen to not collide
 * with the seed: campaign 19.01.0, JEDI ids 990000x, run 190001, names prefixed fx). Tests still
 * compute expectations with SQL over the whole database, so they hold whatever the seed adds.
 */
export const FX = {
  anchor: TEST_ANCHOR,
  campaign: '19.01.0',
  taskIds: [9900001, 9900002, 9900003],
  sites: ['FX_SITE_A', 'FX_SITE_B'],
  composed: 'group.EIC.19.01.0.epic_craterlake.p9901.e9901.s9901.r9901',
  did: 'group.EIC:group.EIC.19.01.0.epic_craterlake.p9901.e9901.s9901.r9901.b1',
  run: 190001,
  execution: 'fx_flow-alice-0001',
  agents: { healthy: 'fx-data-agent-alice-1', stale: 'fx-processing-agent-alice-2', exited: 'fx-fastmon-agent-alice-3' },
  jobCount: 160,
} as const;

export async function loadFixture(store: Store): Promise<void> {
  const now = `'${TEST_ANCHOR.toISOString()}'::timestamptz`;
  await store.exec(`
insert into panda_queue (queue_name, site, status) values ('FX_SITE_A', 'FX_SITE_A', 'online'), ('FX_SITE_B', 'FX_SITE_B', 'brokeroff') on conflict do nothing;
insert into panda_error_code (component, code, name, description, layer) values
  ('pilot', 1152, 'STAGEOUTTIMEOUT', 'stage-out timed out', 'storage'), ('sup', 9001, 'FXBACKOFF', 'backoff limit', 'compute') on conflict do nothing;
insert into panda_task (jedi_task_id, task_name, status, username, campaign, site, creation_date, modification_time, n_files_total, n_files_finished, n_files_failed, n_final_failed, n_events_total, n_events_processed) values
  (9900001, '${FX.composed}', 'running', 'alice', '19.01.0', 'FX_SITE_A', ${now} - interval '3 days', ${now} - interval '1 hour', 100, 60, 30, 20, 100000, 60000),
  (9900002, '${FX.composed}.try2', 'finished', 'bob', '19.01.0', 'FX_SITE_B', ${now} - interval '2 days', ${now} - interval '2 hours', 50, 49, 1, 1, 50000, 49000),
  (9900003, 'fx.test.task', 'exhausted', 'alice', '19.01.0', 'FX_SITE_B', ${now} - interval '2 days', ${now} - interval '3 hours', 10, 5, 5, 5, 1000, 500);
insert into panda_job (panda_id, jedi_task_id, job_name, job_status, prod_username, computing_site, attempt_nr, max_attempt, creation_time, modification_time,
    error_component, error_code, pilot_error_code, pilot_error_diag, sup_error_code, sup_error_diag)
  select 99000000 + g, case when g % 3 = 0 then 9900002 else 9900001 end, 'fx.job.' || g,
    (case when g % 4 = 0 then 'failed' when g % 7 = 0 then 'running' else 'finished' end)::job_status, 'alice',
    case when g % 2 = 0 then 'FX_SITE_A' else 'FX_SITE_B' end, case when g % 8 = 0 then 3 else 1 end, 3,
    ${now} - interval '30 hours', ${now} - (g || ' minutes')::interval,
    (case when g % 4 = 0 then (case when g % 8 = 0 then 'pilot' else 'sup' end) end)::error_component,
    case when g % 4 = 0 then (case when g % 8 = 0 then 1152 else 9001 end) end,
    case when g % 8 = 0 then 1152 else 0 end, case when g % 8 = 0 then 'Stage-out timed out: CannotAuthenticate ' || repeat('x', 200) else '' end,
    case when g % 4 = 0 and g % 8 <> 0 then 9001 else 0 end, case when g % 4 = 0 and g % 8 <> 0 then 'BackoffLimitExceeded: retry limit reached' else '' end
  from generate_series(1, ${FX.jobCount}) g;
insert into panda_job_rollup (jedi_task_id, hour, computing_site, job_status, error_component, error_code, job_count)
  select jedi_task_id, date_trunc('hour', modification_time), computing_site, job_status, coalesce(error_component::text, ''), coalesce(error_code, 0), count(*)
  from panda_job where jedi_task_id in (9900001, 9900002, 9900003) group by 1, 2, 3, 4, 5, 6;
insert into panda_harvester_workers (site, status, n_workers, observed_at) values ('FX_SITE_A', 'running', 12, ${now} - interval '10 minutes'), ('FX_SITE_A', 'submitted', 3, ${now} - interval '10 minutes');
insert into rucio_rse (name, site, xrootd_prefix, total_bytes, used_bytes) values ('FX-XRD', 'FX', 'root://fx.example.org:1094//volatile/eic/EPIC', 1000000, 250000) on conflict do nothing;
insert into rucio_dataset (scope, name, length, available_length, bytes, created_at, updated_at) values
  ('group.EIC', '${FX.did.split(':')[1]}', 30, 25, 3000000, ${now} - interval '2 days', ${now} - interval '1 hour');
insert into rucio_file (scope, name, dataset_scope, dataset_name, bytes, adler32, events, panda_id, created_at)
  select 'group.EIC', '19.01.0.epic_craterlake.p9901.e9901.s9901.r9901.' || (99000000 + g) || '.' || lpad(g::text, 4, '0') || '.edm4eic.root', 'group.EIC', '${FX.did.split(':')[1]}',
    100000, 'abcd1234', 1000, 99000000 + g, ${now} - (g || ' hours')::interval from generate_series(1, 30) g;
insert into rucio_replica (scope, name, rse, state, created_at)
  select scope, name, 'FX-XRD', (case when split_part(name, '.', 10)::int % 6 = 0 then 'COPYING' else 'AVAILABLE' end)::replica_state, created_at from rucio_file where dataset_name = '${FX.did.split(':')[1]}';
insert into rucio_rule (id, scope, name, rse_expression, state, account, locks_ok, created_at) values
  ('00000000-0000-4000-8000-000000009901', 'group.EIC', '${FX.did.split(':')[1]}', 'FX-XRD', 'REPLICATING', 'eicprod', 25, ${now} - interval '2 days');
insert into pcs_physics_category (digit, name, created_by) values (9, 'FixtureCategory', 'fx') on conflict do nothing;
insert into pcs_tag (tag_type, tag_number, tag_label, status, description, parameters, category_digit, created_by, locked_at) values
  ('p', 9901, 'p9901', 'locked', 'fixture physics', '{"process":"DIS_NC","beam":"18x275","q2_min":"1"}', 9, 'fx', ${now}),
  ('p', 9902, 'p9902', 'draft', 'fixture physics 2', '{"process":"DIS_NC","beam":"10x100","q2_min":"10"}', 9, 'fx', null),
  ('e', 9901, 'e9901', 'locked', 'fixture evgen', '{"generator":"pythia8","version":"8.310"}', null, 'fx', ${now}),
  ('s', 9901, 's9901', 'locked', 'fixture simu', '{"simulator":"npsim"}', null, 'fx', ${now}),
  ('r', 9901, 'r9901', 'locked', 'fixture reco', '{"reco":"eicrecon"}', null, 'fx', ${now});
insert into pcs_campaign (name, lifecycle, start_date, created_by) values ('19.01.0', 'past', '2019-01-01', 'fx');
insert into pcs_physics_config (label, config_key, physics_tag_id, sample_name, created_by) select 'pc99001', 'fx-config-key', id, 'fxsample', 'fx' from pcs_tag where tag_label = 'p9901';
insert into pcs_dataset (dataset_name, composed_name, detector_version, detector_config, campaign_id, physics_tag_id, evgen_tag_id, simu_tag_id, reco_tag_id, physics_config_id, did, stage, metadata, created_by)
  select '${FX.composed}', '${FX.composed}', '19.01.0', 'epic_craterlake', (select id from pcs_campaign where name = '19.01.0'),
    (select id from pcs_tag where tag_label = 'p9901'), (select id from pcs_tag where tag_label = 'e9901'), (select id from pcs_tag where tag_label = 's9901'),
    (select id from pcs_tag where tag_label = 'r9901'), (select id from pcs_physics_config where label = 'pc99001'), '${FX.did}', 'reco',
    '{"evgen_path":"/volatile/eic/EPIC/EVGEN/DIS/NC/18x275/minQ2=1"}', 'fx';
insert into pcs_prod_config (name, panda_site, created_by) values ('fx-prod-config', 'FX_SITE_A', 'fx');
insert into pcs_prod_request (requestor, title, status, created_by) values ('carol', 'fx request', 'linked', 'fx');
insert into pcs_prod_task (name, composed_name, status, dataset_id, prod_config_id, campaign_id, request_id, panda_task_id, created_by)
  select '${FX.composed}', '${FX.composed}', 'submitted', (select id from pcs_dataset where did = '${FX.did}'), (select id from pcs_prod_config where name = 'fx-prod-config'),
    (select id from pcs_campaign where name = '19.01.0'), (select id from pcs_prod_request where title = 'fx request'), 9900002, 'fx';
insert into pcs_prod_task (name, composed_name, status, dataset_id, prod_config_id, campaign_id, created_by)
  select '${FX.composed}.fxready', '${FX.composed}', 'ready', (select id from pcs_dataset where did = '${FX.did}'), (select id from pcs_prod_config where name = 'fx-prod-config'),
    (select id from pcs_campaign where name = '19.01.0'), 'fx';
insert into pcs_panda_tasks (prod_task_id, try_number, jedi_task_id, task_name, association_source)
  select id, 1, 9900001, '${FX.composed}', 'submit' from pcs_prod_task where name = '${FX.composed}';
insert into pcs_panda_tasks (prod_task_id, try_number, jedi_task_id, task_name, association_source)
  select id, 2, 9900002, '${FX.composed}.try2', 'submit' from pcs_prod_task where name = '${FX.composed}';
insert into swf_namespace (name, owner) values ('fx-ns', 'alice') on conflict do nothing;
insert into swf_system_agent (instance_name, agent_type, status, operational_state, last_heartbeat, namespace) values
  ('${FX.agents.healthy}', 'data', 'OK', 'READY', ${now} - interval '1 minute', 'fx-ns'),
  ('${FX.agents.stale}', 'processing', 'OK', 'PROCESSING', ${now} - interval '10 minutes', 'fx-ns'),
  ('${FX.agents.exited}', 'fastmon', 'EXITED', 'EXITED', ${now} - interval '2 days', 'fx-ns');
insert into swf_agent_heartbeat (agent_id, at, status, operational_state) select id, last_heartbeat, status, operational_state from swf_system_agent where instance_name like 'fx-%';
insert into swf_run (run_number, start_time, end_time) values (190001, ${now} - interval '2 hours', ${now} - interval '1 hour');
insert into swf_run_state (run_number, phase, state, substate, stf_samples_received, slices_created, slices_completed, slices_failed, state_changed_at)
  values (190001, 'ended', 'no_beam', 'not_ready', 3, 6, 5, 1, ${now} - interval '1 hour');
insert into swf_stf_file (file_id, run_number, stf_filename, status, file_size_bytes, created_at)
  select ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 190001, 'swf.190001.' || lpad(g::text, 6, '0') || '.stf',
    (case when g = 3 then 'failed' else 'processed' end)::file_status, 1000, ${now} - interval '90 minutes' + (g || ' seconds')::interval from generate_series(1, 3) g;
insert into swf_tf_file (tf_file_id, stf_file_id, tf_filename, status)
  select ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'swf.190001.' || lpad(g::text, 6, '0') || '.tf', 'processed' from generate_series(1, 3) g;
insert into swf_tf_slice (tf_file_id, slice_id, tf_first, tf_last, tf_count, run_number, status)
  select ('00000000-0000-4000-9000-' || lpad(((g - 1) / 2 + 1)::text, 12, '0'))::uuid, (g - 1) % 2 + 1, 0, 65, 66, 190001, (case when g = 6 then 'failed' else 'completed' end)::slice_status from generate_series(1, 6) g;
insert into swf_workflow_definition (workflow_name, version, workflow_type, created_by) values ('fx_flow', '1.0', 'simulation', 'alice');
insert into swf_workflow_execution (execution_id, workflow_definition_id, namespace, status, start_time, end_time, executed_by, run_number)
  select '${FX.execution}', id, 'fx-ns', 'completed', ${now} - interval '2 hours', ${now} - interval '1 hour', 'alice', 190001 from swf_workflow_definition where workflow_name = 'fx_flow';
insert into swf_workflow_message (message_id, message_type, sender_agent, namespace, execution_id, run_number, message_content, sent_at)
  select ('00000000-0000-4000-a000-' || lpad(g::text, 12, '0'))::uuid, case when g = 1 then 'start_run' else 'stf_gen' end, '${FX.agents.healthy}', 'fx-ns', '${FX.execution}', 190001,
    jsonb_build_object('run_id', 190001, 'sequence', g, 'pad', repeat('y', 400)), ${now} - interval '100 minutes' + (g || ' seconds')::interval from generate_series(1, 5) g;
insert into swf_app_log (app_name, instance_name, timestamp, level, levelname, message, action, outcome, sublevel, subject_type, subject_key, username, extra_data) values
  ('epicprod', 'catalog-sync', ${now} - interval '3 hours', 20, 'INFO', 'catalog_sync done', 'catalog_sync', 'ok', 'high', null, null, 'nightly_cron', '{"steps": 14}'),
  ('epicprod', 'ops-agent', ${now} - interval '2 hours', 40, 'ERROR', 'fx submit failed', 'task_submit', 'error', 'high', 'campaign_task', '${FX.composed}', 'alice', '{"reason": "prun exited 1"}'),
  ('epicprod', 'web', ${now} - interval '90 minutes', 20, 'INFO', 'fx tag created', 'tag_create', 'ok', 'low', 'tag', 'p9902', 'alice', '{}'),
  ('fx-data-agent', 'fx-data-agent-alice-1', ${now} - interval '30 minutes', 30, 'WARNING', 'fx slow transfer', null, null, null, null, null, null, '{}');
insert into artifact_page (slug, section, title, subject_type, subject_key, created_by) values ('assessment/19.01.0/daily/2026-11-22', 'epicprod.report', 'Daily report 19.01.0', 'campaign', '19.01.0', 'scheduler');
insert into artifact_version (page_id, version, status, content, verdict, created_by)
  select id, 1, 'superseded', '# Daily report v1', 'ok', 'scheduler' from artifact_page where slug = 'assessment/19.01.0/daily/2026-11-22';
insert into artifact_version (page_id, version, status, content, verdict, created_by)
  select id, 2, 'published', '# Daily report v2\\nFailures at FX_SITE_A.', 'attention', 'scheduler' from artifact_page where slug = 'assessment/19.01.0/daily/2026-11-22';
insert into alarm_definition (entry_id, module, title, params) values ('alarm_fx_failure_rate', 'panda_failure_rate_eic_all', 'FX failure rate', '{"threshold": 0.2}');
insert into alarm_event (alarm_id, dedupe_key, subject, fire_time, clear_time, last_seen)
  select id, 'FX_SITE_A', 'FX_SITE_A final failure rate 0.25', ${now} - interval '5 hours', null, ${now} - interval '5 minutes' from alarm_definition where entry_id = 'alarm_fx_failure_rate';
insert into alarm_event (alarm_id, dedupe_key, subject, fire_time, clear_time, last_seen)
  select id, 'FX_SITE_B', 'FX_SITE_B final failure rate 0.31', ${now} - interval '30 hours', ${now} - interval '20 hours', ${now} - interval '20 hours' from alarm_definition where entry_id = 'alarm_fx_failure_rate';
`);
}
