import { describe, expect, it } from 'vitest';
import { readBoundedBody } from './read-bounded-body';

class TooLarge extends Error {}

interface Source {
  request: Request;
  /** Chunks the reader pulled from the source. */
  pulled: () => number;
  cancelled: () => boolean;
}

/** A request whose body arrives as `chunks` (no Content-Length unless `headers` declares one), pulled one by one. */
function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}): Source {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[pulled];
        if (next === undefined) {
          controller.close();
          return;
        }
        pulled += 1;
        controller.enqueue(next);
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request('http://localhost/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled, cancelled: () => cancelled };
}

function bytes(length: number, fill = 0x61): Uint8Array<ArrayBuffer> {
  return new Uint8Array(length).fill(fill);
}

const refuse = () => new TooLarge('too large');

describe('readBoundedBody', () => {
  it('reads a chunked body (no Content-Length) whole, in order', async () => {
    const source = streamed([bytes(3, 1), bytes(4, 2), bytes(1, 3)]);
    expect(Array.from(await readBoundedBody(source.request, 100, refuse))).toEqual([1, 1, 1, 2, 2, 2, 2, 3]);
  });

  it('accepts a body of exactly the limit, and refuses one byte more', async () => {
    expect((await readBoundedBody(streamed([bytes(60), bytes(40)]).request, 100, refuse)).byteLength).toBe(100);
    await expect(readBoundedBody(streamed([bytes(60), bytes(41)]).request, 100, refuse)).rejects.toBeInstanceOf(TooLarge);
    const sized = new Request('http://localhost/api/x', { method: 'POST', body: bytes(100) });
    expect((await readBoundedBody(sized, 100, refuse)).byteLength).toBe(100);
  });

  it('stops reading a chunked body at the first chunk past the limit and cancels the rest', async () => {
    const source = streamed(Array.from({ length: 1000 }, () => bytes(64)));
    await expect(readBoundedBody(source.request, 1000, refuse)).rejects.toBeInstanceOf(TooLarge);
    // 15 chunks are 960 bytes; the 16th passes the limit. Nothing after it is pulled.
    expect(source.pulled()).toBe(16);
    expect(source.cancelled()).toBe(true);
  });

  it('refuses a declared length past the limit before reading anything', async () => {
    const source = streamed([bytes(10)], { 'content-length': '101' });
    await expect(readBoundedBody(source.request, 100, refuse)).rejects.toBeInstanceOf(TooLarge);
    expect(source.pulled()).toBe(0);
  });

  it('does not let a Content-Length smaller than the body carry more than the limit', async () => {
    const lying = streamed(Array.from({ length: 100 }, () => bytes(64)), { 'content-length': '10' });
    await expect(readBoundedBody(lying.request, 1000, refuse)).rejects.toBeInstanceOf(TooLarge);
    expect(lying.pulled()).toBe(16);
    // Under the limit, the bytes that came are the body, not the length that was claimed.
    expect((await readBoundedBody(streamed([bytes(30), bytes(30)], { 'content-length': '10' }).request, 100, refuse)).byteLength).toBe(60);
  });

  it('counts the body too where the platform gives no body stream (Firefox), as it is then already in memory', async () => {
    function withoutStream(body: Uint8Array<ArrayBuffer>): Request {
      const request = new Request('http://localhost/api/x', { method: 'POST', body });
      Object.defineProperty(request, 'body', { value: undefined });
      return request;
    }
    expect((await readBoundedBody(withoutStream(bytes(100)), 100, refuse)).byteLength).toBe(100);
    await expect(readBoundedBody(withoutStream(bytes(101)), 100, refuse)).rejects.toBeInstanceOf(TooLarge);
  });

  it('answers an empty body as no bytes', async () => {
    expect((await readBoundedBody(new Request('http://localhost/api/x', { method: 'POST' }), 100, refuse)).byteLength).toBe(0);
    expect((await readBoundedBody(streamed([]).request, 0, refuse)).byteLength).toBe(0);
  });

  it('answers bytes of exactly the body length, not the room grown for them', async () => {
    const body = await readBoundedBody(streamed([bytes(70_000), bytes(70_000)]).request, 1_000_000, refuse);
    expect(body.byteLength).toBe(140_000);
    expect(body.buffer.byteLength).toBe(140_000);
  });
});
