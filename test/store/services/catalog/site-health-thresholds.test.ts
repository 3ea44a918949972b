import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteHealth } from '../../../../store/services/catalog/site-health.ts';
import { useTestStore } from '../../../support/test-store.ts';
import { FX, loadFixture } from '../../../mcp/support/fixture.ts';

const store = useTestStore();
beforeAll(async () => loadFixture(store()));

const from = new Date(FX.anchor.getTime() - 72 * 3_600_000);

describe('siteHealth', () => {
  it('reads the attention/alarm thresholds from SysConfig', async () => {
    const before = await siteHealth(store().db, { from, site: 'FX_SITE_A', minTerminal: 5 });
    expect(before.sites[0]).toMatchObject({ site: 'FX_SITE_A', health: 'attention', final_failure_rate: 0.25 });
    await store().db.execute(sql`insert into swf_sys_config (id, config_data) values (1, '{"assessment_ffail_alarm": 0.2}')
      on conflict (id) do update set config_data = swf_sys_config.config_data || '{"assessment_ffail_alarm": 0.2}'::jsonb`);
    const after = await siteHealth(store().db, { from, site: 'FX_SITE_A', minTerminal: 5 });
    expect(after.thresholds.alarm).toBe(0.2);
    expect(after.sites[0]?.health).toBe('alarm');
  });

  it('falls back to the all-attempts rate, then to insufficient data, below min_terminal', async () => {
    const fallback = await siteHealth(store().db, { from, site: 'FX_SITE_A', minTerminal: 1000 });
    expect(fallback.sites[0]).toMatchObject({ basis: 'none', health: 'insufficient_data' });
  });
});
