import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { recordAction } from '../../store/services/action-stream.ts';
import { useWebApp } from './web-fixture.ts';

const web = useWebApp();

/** Reads SSE frames from a real socket until `count` events arrived, then hangs up. */
function readEvents(url: string, headers: Record<string, string>, count: number): Promise<{ id: string; event: string; data: string }[]> {
  return new Promise((resolve, reject) => {
    const events: { id: string; event: string; data: string }[] = [];
    const request = http.get(url, { headers }, (response) => {
      expect(response.headers['content-type']).toContain('text/event-stream');
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(frame.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
          if (fields['event']) events.push({ id: fields['id']!, event: fields['event'], data: fields['data']! });
          if (events.length >= count) {
            request.destroy();
            resolve(events);
            return;
          }
        }
      });
    });
    request.on('error', (error) => { if (events.length < count) reject(error); });
    setTimeout(() => { request.destroy(); reject(new Error(`only ${events.length} events within 10 s`)); }, 10_000);
  });
}

it('streams action-stream rows after Last-Event-ID, with the action as event name', async () => {
  const db = web.store().db;
  const before = await recordAction(db, { action: 'tag_create', outcome: 'ok', sublevel: 'low', instance: 'web', username: 'alice', subjectType: 'tag', subjectKey: 'e1' });
  const address = await web.app().listen({ port: 0, host: '127.0.0.1' });
  const port = (web.app().server.address() as AddressInfo).port;
  expect(address).toContain(String(port));
  const pending = readEvents(`http://127.0.0.1:${port}/api/v1/stream`, { 'last-event-id': String(before) }, 2);
  await recordAction(db, { action: 'campaign_promoted', outcome: 'ok', sublevel: 'high', instance: 'web', username: 'carol', subjectType: 'campaign', subjectKey: '26.07' });
  await recordAction(db, { action: 'task_submit', outcome: 'ok', sublevel: 'high', instance: 'web', username: 'dave', subjectType: 'task', subjectKey: 't' });
  const events = await pending;
  expect(events.map((e) => e.event)).toEqual(['campaign_promoted', 'task_submit']);
  expect(Number(events[0]!.id)).toBeGreaterThan(before);
  expect(JSON.parse(events[0]!.data)).toMatchObject({ subject_key: '26.07', username: 'carol' });
});
