import { describe, expect, it } from 'vitest';
import { buildWebApp } from '../../web/app.ts';
import { revokeToken, createToken, listTokens } from '../../store/services/auth/index.ts';
import { useWebApp } from './web-fixture.ts';

const web = useWebApp();
const newTag = { type: 'e', parameters: { generator: 'pythia8', generator_version: '8.310' } };

describe('authentication and roles', () => {
  it('rejects anonymous writes with 401 and viewers with 403, but lets anyone read', async () => {
    const anonymous = await web.as(null, { method: 'POST', url: '/api/v1/tags', payload: newTag });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('AUTHENTICATION_REQUIRED');
    const viewer = await web.as('vera', { method: 'POST', url: '/api/v1/tags', payload: newTag });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json().error).toMatchObject({ code: 'ROLE_REQUIRED', details: { required: 'physicist', actual: 'viewer' } });
    expect((await web.as(null, { method: 'GET', url: '/api/v1/tags' })).statusCode).toBe(200);
  });

  it('checks the role per route: physicists cannot record submissions or promote campaigns', async () => {
    const submit = await web.as('alice', { method: 'POST', url: '/api/v1/tasks/x/record-submission', payload: { jedi_task_id: 1 } });
    expect(submit.statusCode).toBe(403);
    const promote = await web.as('alice', { method: 'POST', url: '/api/v1/campaigns/26.07/promote' });
    expect(promote.statusCode).toBe(403);
    const asOperator = await web.as('dave', { method: 'POST', url: '/api/v1/tasks/x/record-submission', payload: { jedi_task_id: 1 } });
    expect(asOperator.statusCode).toBe(404);
  });

  it('refuses unknown and revoked tokens', async () => {
    const bad = await web.app().inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Bearer epa_nope' } });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('INVALID_TOKEN');
    const { token, prefix } = await createToken(web.store().db, { username: 'bob', name: 'short-lived' });
    expect((await web.app().inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).json()).toMatchObject({ username: 'bob', role: 'physicist', via: 'token' });
    await revokeToken(web.store().db, { prefix });
    expect((await web.app().inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    const listed = await listTokens(web.store().db, { username: 'bob' });
    expect(listed.find((t) => t.prefix === prefix)?.revokedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('honours X-Remote-User only when TRUSTED_PROXY is configured', async () => {
    const ignored = await web.app().inject({ method: 'GET', url: '/api/v1/me', headers: { 'x-remote-user': 'carol' } });
    expect(ignored.json()).toMatchObject({ username: 'anonymous', via: 'anonymous' });
    const proxied = await buildWebApp({ store: web.store(), baseUrl: 'http://localhost', trustedProxy: true });
    try {
      const me = await proxied.inject({ method: 'GET', url: '/api/v1/me', headers: { 'x-remote-user': 'carol' } });
      expect(me.json()).toMatchObject({ username: 'carol', role: 'production-manager', via: 'proxy' });
    } finally {
      await proxied.close();
    }
  });
});

describe('bad input', () => {
  it('rejects unknown fields and wrong types, naming the field', async () => {
    const unknown = await web.as('alice', { method: 'POST', url: '/api/v1/tags', payload: { ...newTag, colour: 'red' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.issues).toContainEqual(expect.objectContaining({ path: 'colour', code: 'unrecognized_keys' }));
    const wrongType = await web.as('alice', { method: 'POST', url: '/api/v1/tags', payload: { type: 'e', parameters: { generator: 8 } } });
    expect(wrongType.json().error.message).toContain('parameters.generator');
  });

  it('answers 413 for oversized bodies and 400 for broken JSON, in the error shape', async () => {
    const big = await web.as('alice', { method: 'POST', url: '/api/v1/tags', payload: { ...newTag, description: 'x'.repeat(1_100_000) } });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('BODY_TOO_LARGE');
    const broken = await web.as('alice', { method: 'POST', url: '/api/v1/tags', headers: { 'content-type': 'application/json' }, payload: '{"type":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('INVALID_JSON');
  });

  it('answers unknown routes and cursors with the error shape', async () => {
    const missing = await web.as(null, { method: 'GET', url: '/api/v1/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ROUTE_NOT_FOUND');
    const cursor = await web.as(null, { method: 'GET', url: '/api/v1/tags?cursor=garbage' });
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().error.code).toBe('INVALID_CURSOR');
  });

  it('resolves concurrent edits with a 409 that says what changed', async () => {
    const created = (await web.as('alice', { method: 'POST', url: '/api/v1/tags', payload: newTag })).json();
    const url = `/api/v1/tags/${created.tag_label}`;
    const first = await web.as('alice', { method: 'PATCH', url, payload: { description: 'first', row_version: 1 } });
    expect(first.json().row_version).toBe(2);
    const second = await web.as('alice', { method: 'PATCH', url, payload: { parameters: { generator: 'EpIC' }, row_version: 1 } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'ROW_VERSION_MISMATCH', details: { current_row_version: 2, changed_fields: ['description'] } });
  });
});

describe('documentation', () => {
  it('serves an OpenAPI document listing the write routes and a docs page', async () => {
    const doc = (await web.as(null, { method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/tags', '/api/v1/tasks/{name}/record-submission', '/api/v1/campaigns/{name}/promote', '/api/v1/stream']));
    expect(doc.paths['/api/v1/tags'].post.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    const page = await web.as(null, { method: 'GET', url: '/api/v1/docs' });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('/api/v1/tasks/{name}/command');
  });
});
