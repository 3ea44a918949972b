import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../store/services/counters.ts';
import { FX } from './support/fixture.ts';
import { textOf, useMcp } from './support/connect.ts';

const mcp = useMcp({ allowProposals: true });

interface Proposed { ref: string; created: boolean; status: string; risk_class: string; approval_policy: string; impact_preview: Record<string, unknown>; comment: string }

describe('propose-action', () => {
  it('records a frozen proposal with preview and risk, and a replay returns the same open proposal', async () => {
    const { data, store } = mcp();
    const first = await data<Proposed>('propose-action', { action: 'pause', subject: String(FX.taskIds[0]), reason: 'failure rate 0.25 at FX_SITE_A' });
    expect(first).toMatchObject({ created: true, status: 'proposed', risk_class: 'low', approval_policy: 'one_operator' });
    expect(first.ref).toMatch(/^ap-\d+$/);
    expect(first.impact_preview).toMatchObject({ current_status: 'running', files_final_failed: 20 });
    expect(first.comment).toMatch(/^Task 9900001 .* is running: .* Reason: failure rate/);
    const again = await data<Proposed>('propose-action', { action: 'pause', subject: String(FX.taskIds[0]), reason: 'worded differently' });
    expect(again).toMatchObject({ ref: first.ref, created: false });
    const [row] = rowsOf<{ payload: Record<string, unknown>; precondition: Record<string, unknown>; executor: string }>(
      await store.db.execute(sql`select payload, precondition, executor::text as executor from ai_proposal where id = ${Number(first.ref.slice(3))}`));
    expect(row).toMatchObject({ executor: 'agent_message', precondition: { prev_status: 'running' }, payload: { msg_type: 'panda_task_operation', operation: 'pause', jedi_task_id: FX.taskIds[0] } });
    const [log] = rowsOf<{ n: number }>(await store.db.execute(sql`select count(*)::int as n from swf_app_log where action = 'proposal_created' and subject_key = ${String(FX.taskIds[0])}`));
    expect(log!.n).toBe(1);
  });

  it('refuses to propose again what an operator denied', async () => {
    const { data, call, store } = mcp();
    const proposed = await data<Proposed>('propose-action', { action: 'retry_failures', subject: String(FX.taskIds[1]), reason: 'tail failed' });
    await store.db.execute(sql`update ai_proposal set status = 'denied', decided_by = 'carol', decided_at = now() where id = ${Number(proposed.ref.slice(3))}`);
    const result = await call('propose-action', { action: 'retry_failures', subject: String(FX.taskIds[1]), reason: 'try again' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/PROPOSAL_PREVIOUSLY_DENIED.*carol/);
  });

  it('checks preconditions against live state', async () => {
    const resume = await mcp().call('propose-action', { action: 'resume', subject: String(FX.taskIds[0]), reason: 'resume it' });
    expect(textOf(resume)).toMatch(/ACTION_NOT_ALLOWED.*running/);
    const missing = await mcp().call('propose-action', { action: 'abort', subject: '1', reason: 'nope' });
    expect(textOf(missing)).toMatch(/PANDA_TASK_NOT_FOUND.*list-panda-tasks/);
    const badStatus = await mcp().call('propose-action', { action: 'set_task_status', subject: FX.composed, params: { status: 'bogus' }, reason: 'x y z' });
    expect(textOf(badStatus)).toMatch(/INVALID_PARAMS.*draft/);
  });

  it('uses the cp prefix for dataset propagation, the two-operator policy for abort, and submits only ready tasks', async () => {
    const { data, call } = mcp();
    const cp = await data<Proposed>('propose-action', { action: 'propagation', subject: FX.composed, params: { state: 'hold' }, reason: 'failures under study' });
    expect(cp.ref).toMatch(/^cp-\d+$/);
    const abort = await data<Proposed>('propose-action', { action: 'abort', subject: String(FX.taskIds[0]), reason: 'storage outage' });
    expect(abort).toMatchObject({ risk_class: 'high', approval_policy: 'two_operators' });
    const submit = await data<Proposed>('propose-action', { action: 'submit_task', subject: `${FX.composed}.fxready`, reason: 'ready to go' });
    expect(submit.created).toBe(true);
    const notReady = await call('propose-action', { action: 'submit_task', subject: FX.composed, reason: 'already submitted' });
    expect(textOf(notReady)).toMatch(/only ready tasks/);
  });

  it('get-proposal and list-proposals show the proposal by ref', async () => {
    const { data } = mcp();
    const list = await data<{ items: { ref: string; status: string }[]; by_status: Record<string, number> }>('list-proposals', { status: 'proposed', subject_key: String(FX.taskIds[0]) });
    expect(list.items.length).toBeGreaterThanOrEqual(1);
    const one = await data<{ proposal: { ref: string; payload: Record<string, unknown> }; url: string }>('get-proposal', { ref: list.items[0]!.ref });
    expect(one.proposal.ref).toBe(list.items[0]!.ref);
    expect(one.url).toBe(`http://assistant.test/proposals/${list.items[0]!.ref}`);
    const wrongPrefix = await mcp().call('get-proposal', { ref: list.items[0]!.ref.replace('ap-', 'cp-') });
    expect(wrongPrefix.isError).toBe(true);
  });
});
