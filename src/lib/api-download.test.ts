// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { apiDownload } from './api-download';
import { onSignedOut } from './signed-out';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('apiDownload', () => {
  it('fetches the file with the CSRF header and names it as the server says', async () => {
    server.use(
      http.get('/api/roundups/r-1/export', ({ request }) =>
        new HttpResponse(`【광주=뉴시스】 csrf=${request.headers.get('x-bureau-client')}`, {
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': 'attachment; filename="r-1-v2.txt"' },
        }),
      ),
    );
    const file = await apiDownload('/api/roundups/r-1/export?format=wire');
    expect(file.fileName).toBe('r-1-v2.txt');
    expect(file.blob.type).toBe('text/plain;charset=utf-8');
    expect(await file.blob.text()).toBe('【광주=뉴시스】 csrf=web');
  });

  it('turns the API error shape into an ApiError and tells the app when the session ended', async () => {
    server.use(http.get('/api/roundups/r-1/export', () => HttpResponse.json({ error: { code: 'unauthenticated', message: 'sign in' } }, { status: 401 })));
    let signedOut = 0;
    const stop = onSignedOut(() => (signedOut += 1));
    const error = await apiDownload('/api/roundups/r-1/export?format=wire').catch((caught: unknown) => caught);
    stop();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'unauthenticated', status: 401 });
    expect(signedOut).toBe(1);
  });
});
