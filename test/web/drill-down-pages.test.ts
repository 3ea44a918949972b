import { describe, expect, it } from 'vitest';
import { connectInProcess } from '../../mcp/transports/in-process.ts';
import { readSeedSummary } from '../../store/db/reset-store.ts';
import type { SeedSummary } from '../../store/seed/index.ts';
import { TEST_ANCHOR } from '../support/test-env.ts';
import { useWebApp } from './web-fixture.ts';

/** A reader follows the `url` a tool result gives and lands on a page that shows that result. */
describe('drill-down pages', () => {
  const web = useWebApp({ empty: false });

  it('every url the main tools hand out opens a page (200, HTML) on the web process', async () => {
    const truth = (await readSeedSummary(web.store())) as unknown as SeedSummary;
    const connection = await connectInProcess({ store: web.store(), baseUrl: 'http://localhost', allowProposals: false, now: () => TEST_ANCHOR });
    const calls: [string, Record<string, unknown>][] = [
      ['get-panda-task', { jedi_task_id: truth.taskWithMostFailedJobs.jediTaskId }],
      ['error-summary', { window_hours: 168, site: truth.sites.alarm.site }],
      ['site-health', { window_hours: 168 }],
      ['site-health', { site: truth.sites.alarm.site }],
      ['list-panda-tasks', { status: ['exhausted'] }],
      ['campaign-status', {}],
      ['list-campaigns', {}],
      ['get-dataset', { name: truth.twoBlockDataset.composedName }],
      ['list-agents', {}],
      ['get-proposal', { ref: truth.pendingProposals[0] }],
      ['list-actions', { action: 'catalog_sync' }],
    ];
    try {
      for (const [name, args] of calls) {
        const result = await connection.client.callTool({ name, arguments: args });
        expect(result.isError, `${name} failed`).toBeFalsy();
        const url = new URL((result.structuredContent as { url: string }).url);
        const response = await web.as(null, { method: 'GET', url: `${url.pathname}${url.search}` });
        expect(response.statusCode, `${name} → ${url.pathname}${url.search}`).toBe(200);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.body).toContain('/evidence/ev-');
      }
    } finally {
      await connection.close();
    }
  });

  it('shows the facts, serves JSON on request, and answers a missing record with 404', async () => {
    const truth = (await readSeedSummary(web.store())) as unknown as SeedSummary;
    const id = truth.taskWithMostFailedJobs.jediTaskId;
    const html = await web.as(null, { method: 'GET', url: `/tasks/${id}` });
    expect(html.body).toContain(truth.taskWithMostFailedJobs.taskName);
    const json = await web.as(null, { method: 'GET', url: `/tasks/${id}?format=json` });
    expect(json.json()).toMatchObject({ task: { jedi_task_id: id } });
    const missing = await web.as(null, { method: 'GET', url: '/tasks/999999999' });
    expect(missing.statusCode).toBe(404);
    const bad = await web.as(null, { method: 'GET', url: '/sites?window_hours=lots' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('window_hours');
  });
});

describe('home page links', () => {
  const web = useWebApp({ empty: false });

  it('every page linked from the home page opens', async () => {
    const home = await web.as(null, { method: 'GET', url: '/' });
    const links = [...home.body.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const response = await web.as(null, { method: 'GET', url: link });
      expect(response.statusCode, link).toBe(200);
    }
  });
});
