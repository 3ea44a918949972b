import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../../store/services/counters.ts';
import { FX } from '../support/fixture.ts';
import { useMcp } from '../support/connect.ts';

describe('list-campaigns', () => {
  const mcp = useMcp();

  it('marks as producing exactly the campaigns whose Rucio files arrived in the last 3 days (raw recount)', async () => {
    const expected = rowsOf<{ name: string }>(
      await mcp().store.db.execute(sql`select distinct c.name from pcs_campaign c join pcs_dataset d on d.campaign_id = c.id
        join rucio_file f on f.dataset_scope || ':' || f.dataset_name = d.did
        where f.created_at > ${FX.anchor.toISOString()}::timestamptz - interval '3 days' and f.created_at <= ${FX.anchor.toISOString()}::timestamptz order by 1`),
    ).map((r) => r.name);
    expect(expected.length).toBeGreaterThan(0);
    const result = await mcp().data<{ campaigns: { name: string; producing: boolean }[] }>('list-campaigns');
    expect(result.campaigns.filter((c) => c.producing).map((c) => c.name).sort()).toEqual(expected);
    const text = await mcp().call('list-campaigns');
    expect(JSON.stringify(text.content)).toContain(`producing (arrivals in 3 d): `);
  });
});
