import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeReadyableTask, makeTagSet } from '../store/services/pcs/fixtures.ts';
import { useWebApp } from './web-fixture.ts';

const web = useWebApp();

interface Operation {
  requestBody?: { content?: { 'application/json'?: { schema?: { properties?: Record<string, unknown> } } } };
}

const paramValues: Record<string, string[]> = {};

beforeAll(async () => {
  const set = await makeTagSet(web.store().db, 'fuzz');
  const { task } = await makeReadyableTask(web.store().db, set, 'fuzz');
  paramValues['label'] = [set.physics, set.evgen, 'p9999', '%20'];
  paramValues['name'] = [task.name, '26.02', 'nope'];
  paramValues['id'] = ['1', '2', '999999'];
  paramValues['digit'] = ['2', '9', '0'];
  paramValues['key'] = ['1', task.composedName];
  paramValues['slug'] = ['campaign_26.02', 'x'];
});

/** Every write route from the OpenAPI document, with the body field names it declares. */
function writeRoutes(doc: { paths: Record<string, Record<string, Operation>> }): { method: string; path: string; fields: string[] }[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => ['post', 'patch', 'put', 'delete'].includes(method))
      .map(([method, op]) => ({ method: method.toUpperCase(), path, fields: Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}) })),
  );
}

describe('invalid bodies never produce a 5xx', () => {
  it('fuzzes every write route as an admin', async () => {
    const doc = (await web.as(null, { method: 'GET', url: '/api/v1/openapi.json' })).json();
    const routes = writeRoutes(doc);
    expect(routes.length).toBeGreaterThan(20);
    const body = (fields: string[]) =>
      fc.oneof(
        fc.jsonValue(),
        fc.dictionary(fc.constantFrom(...fields, 'unexpected'), fc.jsonValue(), { maxKeys: 6 }),
        fc.dictionary(fc.constantFrom(...fields), fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string())), { maxKeys: 8 }),
      );
    for (const route of routes) {
      const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      await fc.assert(
        fc.asyncProperty(
          body(route.fields.length ? route.fields : ['x']),
          fc.tuple(...params.map((p) => fc.constantFrom(...(paramValues[p] ?? ['x'])))),
          async (payload, values) => {
            let url = route.path;
            params.forEach((p, i) => { url = url.replace(`{${p}}`, encodeURIComponent(String(values[i]))); });
            const response = await web.as('root', { method: route.method as 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
            if (response.statusCode >= 500) throw new Error(`${route.method} ${url} → ${response.statusCode}: ${response.body}\nbody: ${JSON.stringify(payload)}`);
            if (response.statusCode >= 400) expect(response.json()).toHaveProperty('error.code');
          },
        ),
        { numRuns: 25, seed: 20261123 },
      );
    }
  }, 240_000);
});
