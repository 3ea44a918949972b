import { describe, expect, it } from 'vitest';
import { connectInProcess } from '../../mcp/transports/in-process.ts';
import { TEST_ANCHOR } from '../support/test-env.ts';
import { useWebApp } from './web-fixture.ts';

describe('/evidence/:id', () => {
  const web = useWebApp({ empty: false });

  it('renders the tool result an answer cited, and serves it as JSON on request', async () => {
    const connection = await connectInProcess({ store: web.store(), baseUrl: 'http://localhost', allowProposals: false, now: () => TEST_ANCHOR });
    const result = await connection.client.callTool({ name: 'site-health', arguments: { window_hours: 168 } });
    await connection.close();
    const evidenceId = (result.structuredContent as { evidence_id: string }).evidence_id;

    const html = await web.as(null, { method: 'GET', url: `/evidence/${evidenceId}` });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('site-health');
    expect(html.body).toContain('window_hours');

    const json = await web.as(null, { method: 'GET', url: `/evidence/${evidenceId}`, headers: { accept: 'application/json' } });
    expect(json.json()).toMatchObject({ id: evidenceId, toolName: 'site-health', arguments: { window_hours: 168 } });
  });

  it('answers 404 for an unknown id and 400 for something that is not an id', async () => {
    const missing = await web.as(null, { method: 'GET', url: '/evidence/ev-0123456789abcdef01234567' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('EVIDENCE_NOT_FOUND');
    const bad = await web.as(null, { method: 'GET', url: '/evidence/<script>' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_EVIDENCE_ID');
  });

  it('serves a home page with the entry points', async () => {
    const home = await web.as(null, { method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('/api/v1/docs');
  });
});
