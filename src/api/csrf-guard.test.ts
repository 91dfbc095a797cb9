import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../contract/api-error';
import { csrfHeaderName, csrfHeaderValue } from '../contract/user-endpoints';
import { apiErrorResponse } from './api-error-response';
import { csrfGuard } from './csrf-guard';

const site = 'http://bureau.test';

function guarded(): Hono {
  const app = new Hono();
  app.onError((error) => apiErrorResponse(error));
  app.use('*', csrfGuard(['https://desk.example']));
  app.all('/api/x', (c) => c.body(null, 204));
  return app;
}

async function send(method: string, headers: Record<string, string>): Promise<{ status: number; code?: string; message?: string }> {
  const response = await guarded().request(`${site}/api/x`, { method, headers });
  if (response.status === 204) return { status: 204 };
  const { error } = apiErrorBodySchema.parse(await response.json());
  return { status: response.status, code: error.code, message: error.message };
}

const withHeader = { [csrfHeaderName]: csrfHeaderValue };

describe('csrfGuard', () => {
  it('lets a state-changing request through from this site, a trusted origin, or with no Origin at all', async () => {
    expect((await send('POST', { ...withHeader, Origin: site })).status).toBe(204);
    expect((await send('PUT', { ...withHeader, Origin: 'https://desk.example' })).status).toBe(204);
    expect((await send('DELETE', withHeader)).status).toBe(204);
  });

  it('refuses a state-changing request without the header, or from another origin', async () => {
    expect(await send('POST', { Origin: site })).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await send('POST', { ...withHeader, Origin: 'https://evil.example' })).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('refuses Origin: null (a sandboxed frame, a file:// page, a cross-site redirect) for every state-changing method', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const refused = await send(method, { ...withHeader, Origin: 'null' });
      expect(refused, method).toMatchObject({ status: 403, code: 'forbidden' });
      expect(refused.message).toMatch(/Origin: null/);
    }
  });

  it('does not stand in the way of reads, whatever their Origin', async () => {
    expect((await send('GET', { Origin: 'null' })).status).toBe(204);
    expect((await send('HEAD', { Origin: 'https://evil.example' })).status).toBe(204);
  });
});
