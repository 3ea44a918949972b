import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelStreamEvent } from '../../../harness/model/model-provider.ts';
import { startFakeAnthropic, type FakeAnthropic } from '../../support/fake-anthropic/fake-anthropic-server.ts';
import { collectUntilError, providerFor, sampleRequest } from './provider-test-kit.ts';

let fake: FakeAnthropic;
beforeAll(async () => {
  // Real retry-after delays, so a retry wait is long enough to abort during it.
  fake = await startFakeAnthropic({ fastRetries: false });
});
afterAll(() => fake.close());

describe('anthropic provider: cancellation', () => {
  it('aborting mid-stream ends the stream with the AbortError and closes the HTTP connection', async () => {
    // message_start, content_block_start, ping, first delta — then the fake holds the body open.
    fake.enqueue({ sse: 'plain-text', stallAfterEvents: 4 });
    const controller = new AbortController();
    const closed = fake.stalledStreamClosed();
    const seen: ModelStreamEvent[] = [];

    const outcome = (async () => {
      try {
        for await (const event of providerFor(fake).stream(sampleRequest({ signal: controller.signal }))) {
          seen.push(event);
          controller.abort();
        }
      } catch (error) {
        return error;
      }
      return undefined;
    })();

    expect(await outcome).toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([{ type: 'text.delta', text: 'Campaign 25.10.0 has' }]);
    await closed; // would time out if the SDK kept the connection
  });

  it('an already-aborted signal sends nothing', async () => {
    const before = fake.requests.length;
    const { error } = await collectUntilError(providerFor(fake).stream(sampleRequest({ signal: AbortSignal.abort() })));

    expect(error).toMatchObject({ name: 'AbortError' });
    expect(fake.requests).toHaveLength(before);
  });

  it('aborting during a retry wait stops at once instead of sleeping out retry-after', async () => {
    fake.enqueue({ error: 'rate-limit-429', headers: { 'retry-after': '30' } }, { sse: 'plain-text' });
    const started = Date.now();
    const { error } = await collectUntilError(providerFor(fake).stream(sampleRequest({ signal: AbortSignal.timeout(100) })));

    expect(error).toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(fake.requests.at(-1)?.status).toBe(429);
  });
});
