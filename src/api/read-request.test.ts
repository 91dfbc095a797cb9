import { describe, expect, it } from 'vitest';
import { ServiceError } from '../services/service-error';
import { readJson, readUpload } from './read-request';

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

  it('refuses a body longer than its Content-Length claims once the bytes pass the limit', async () => {
    const lying = new Request(streamed(['{"a":"', 'x'.repeat(80), 'x'.repeat(80), '"}']), { headers: { 'content-length': '10' } });
    expect((await refusal(readJson(lying, 100))).code).toBe('payload_too_large');
  });

  it('answers 400 validation_failed for text that is not JSON', async () => {
    expect((await refusal(readJson(streamed(['{"a":']), 100))).code).toBe('validation_failed');
  });
});

describe('readUpload', () => {
  const boundary = 'bureau-test';
  const multipartType = `multipart/form-data; boundary=${boundary}`;
  function multipart(file: string): string {
    return `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n${file}\r\n--${boundary}--\r\n`;
  }
  function streamedAs(contentType: string, chunks: string[]): Request {
    const request = streamed(chunks);
    return new Request(request, { headers: { 'content-type': contentType } });
  }

  it('reads the file field of a multipart body streamed without a Content-Length', async () => {
    const body = multipart('jpeg bytes');
    const upload = await readUpload(streamedAs(multipartType, [body.slice(0, 40), body.slice(40)]), 100);
    expect(new TextDecoder().decode(upload.bytes)).toBe('jpeg bytes');
    expect(upload.declaredType).toBe('image/jpeg');
  });

  it('refuses a raw body streamed past the limit with 413, naming the photo limit', async () => {
    const error = await refusal(readUpload(streamedAs('image/jpeg', Array.from({ length: 50 }, () => 'x'.repeat(10))), 100));
    expect(error.code).toBe('payload_too_large');
    expect(error.details?.limitBytes).toBe(100);
  });

  it('refuses a multipart body streamed past the limit and the room for part headers, before parsing it', async () => {
    const chunks = [multipart('').slice(0, 120), ...Array.from({ length: 100 }, () => 'x'.repeat(1024))];
    const error = await refusal(readUpload(streamedAs(multipartType, chunks), 100));
    expect(error.code).toBe('payload_too_large');
    expect(error.details?.limitBytes).toBe(100);
  });

  it('answers 400 for a multipart body that cannot be parsed', async () => {
    expect((await refusal(readUpload(streamedAs(multipartType, ['not multipart']), 100))).code).toBe('validation_failed');
  });
});
