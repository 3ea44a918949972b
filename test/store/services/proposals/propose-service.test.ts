import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposeAction } from '../../../../store/services/proposals/propose.ts';
import { rowsOf } from '../../../../store/services/counters.ts';
import { useTestStore } from '../../../support/test-store.ts';
import { FX, loadFixture } from '../../../mcp/support/fixture.ts';

const store = useTestStore();
beforeAll(async () => loadFixture(store()));
const options = { proposer: 'test', reason: 'because', now: FX.anchor };

describe('proposeAction', () => {
  it('concurrent identical proposals leave exactly one open row', async () => {
    const request = { action: 'add_retry' as const, subject: String(FX.taskIds[2]), params: {} };
    const results = await Promise.allSettled([proposeAction(store().db, request, options), proposeAction(store().db, request, options)]);
    const [rows] = [rowsOf<{ n: number }>(await store().db.execute(sql`select count(*)::int as n from ai_proposal where subject_key = ${String(FX.taskIds[2])} and action = 'add_retry'`))];
    expect(rows[0]!.n).toBe(1);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
  });

  it('promote_campaign freezes the previous current campaign as precondition', async () => {
    const { proposal } = await proposeAction(store().db, { action: 'promote_campaign', subject: FX.campaign, params: {} }, options);
    const [current] = rowsOf<{ name: string | null }>(await store().db.execute(sql`select (select name from pcs_campaign where lifecycle = 'current') as name`));
    expect(proposal.precondition).toEqual({ prev_lifecycle: 'past', prev_current: current?.name ?? null });
    expect(proposal).toMatchObject({ prefix: 'ap', riskClass: 'high', approvalPolicy: 'two_operators', executor: 'service' });
  });

  it('a stale subject state is refused (nothing to change)', async () => {
    await expect(proposeAction(store().db, { action: 'propagation', subject: FX.composed, params: { state: 'continue' } }, options)).rejects.toMatchObject({ code: 'NO_CHANGE' });
  });
});
