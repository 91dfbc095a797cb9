// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-error';
import { apiUpload, type UploadProgress } from './api-upload';
import { onSignedOut } from './signed-out';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const answerSchema = z.object({ id: z.string(), size: z.number() });

function form(bytes = 1000): FormData {
  const formData = new FormData();
  formData.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
  return formData;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('apiUpload (XMLHttpRequest)', () => {
  it('posts the form with the CSRF header, reports progress and parses the answer', async () => {
    server.use(
      http.post('/api/photos', async ({ request }) => {
        // jsdom's Blob does not survive the trip into a Node Request (its bytes arrive as "undefined"), so only the
        // form's field is checked here; the e2e tests upload real photos.
        const sent = await request.formData();
        return HttpResponse.json({ id: 'p-1', size: 1000, hasFile: sent.has('file'), csrf: request.headers.get('x-bureau-client') }, { status: 201 });
      }),
    );
    const progress: UploadProgress[] = [];
    const answer = await apiUpload('/api/photos', { formData: form(1000), schema: answerSchema.extend({ hasFile: z.boolean(), csrf: z.string() }), onProgress: (event) => progress.push(event) });
    expect(answer).toEqual({ id: 'p-1', size: 1000, hasFile: true, csrf: 'web' });
    for (const event of progress) expect(event.loaded).toBeGreaterThanOrEqual(0);
  });

  it('turns the API error shape into an ApiError with its code, message and details', async () => {
    server.use(
      http.post('/api/photos', () =>
        HttpResponse.json({ error: { code: 'payload_too_large', message: 'too big', details: { limitBytes: 10 } } }, { status: 413 }),
      ),
    );
    const error = await rejection(apiUpload('/api/photos', { formData: form(), schema: answerSchema }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'payload_too_large', message: 'too big', status: 413, details: { limitBytes: 10 } });
  });

  it('tells the app the session ended on 401', async () => {
    server.use(http.post('/api/photos', () => HttpResponse.json({ error: { code: 'unauthenticated', message: 'sign in' } }, { status: 401 })));
    let signedOut = 0;
    const stop = onSignedOut(() => (signedOut += 1));
    const error = await rejection(apiUpload('/api/photos', { formData: form(), schema: answerSchema }));
    stop();
    expect(error).toMatchObject({ code: 'unauthenticated', status: 401 });
    expect(signedOut).toBe(1);
  });

  it('answers bad_response for a reply that is not the API’s (a proxy page, a wrong shape)', async () => {
    server.use(http.post('/api/photos', () => new HttpResponse('<h1>502</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } })));
    expect(await rejection(apiUpload('/api/photos', { formData: form(), schema: answerSchema }))).toMatchObject({ code: 'bad_response', status: 502 });
    server.use(http.post('/api/photos', () => HttpResponse.json({ id: 7 }, { status: 201 })));
    expect(await rejection(apiUpload('/api/photos', { formData: form(), schema: answerSchema }))).toMatchObject({ code: 'bad_response', status: 201 });
  });

  it('answers network when the request never gets an answer', async () => {
    server.use(http.post('/api/photos', () => HttpResponse.error()));
    expect(await rejection(apiUpload('/api/photos', { formData: form(), schema: answerSchema }))).toMatchObject({ code: 'network', status: 0 });
  });

  it('rejects with an AbortError when its signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(apiUpload('/api/photos', { formData: form(), schema: answerSchema, signal: controller.signal }));
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('gives up on an upload the server stops answering, as a timeout, and posts it only once', async () => {
    let posts = 0;
    server.use(
      http.post('/api/photos', () => {
        posts += 1;
        return new Promise<Response>(() => undefined);
      }),
    );
    const error = await rejection(apiUpload('/api/photos', { formData: form(), schema: answerSchema, stallTimeoutMs: 300 }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('timeout');
    expect(posts).toBe(1);
  });
});
