import { describe, expect, it } from 'vitest';
import { ServiceError } from '../services/service-error';
import { readJson } from './read-request';

function streamed(chunks: string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Request('http://localhost/api/x', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(error)}`);
  return error;
}

describe('readJson', () => {
  it('reads a body with a Content-Length, and one streamed without, alike', async () => {
    const sized = new Request('http://localhost/api/x', { method: 'POST', body: '{"가":1}' });
    expect(await readJson(sized, 100)).toEqual({ 가: 1 });
    expect(await readJson(streamed(['{"가"', ':1}']), 100)).toEqual({ 가: 1 });
  });

  it('refuses with 413 by the declared length, and a streamed body as soon as it passes the limit', async () => {
    const declared = new Request('http://localhost/api/x', { method: 'POST', body: 'x'.repeat(101), headers: { 'content-length': '101' } });
    expect((await refusal(readJson(declared, 100))).details?.limitBytes).toBe(100);
    const error = await refusal(readJson(streamed(['{"a":"', 'x'.repeat(80), 'x'.repeat(80), '"}']), 100));
    expect(error.code).toBe('payload_too_large');
  });

  it('answers 400 validation_failed for text that is not JSON', async () => {
    expect((await refusal(readJson(streamed(['{"a":']), 100))).code).toBe('validation_failed');
  });
});
