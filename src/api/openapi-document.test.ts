import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listRoundupsQuerySchema } from '../contract/roundup-endpoints';
import { createMockApi } from '../mocks/create-mock-api';
import { createPbkdf2PasswordHasher } from '../mocks/pbkdf2-password-hasher';
import { createMemoryStorage } from '../services/memory-storage';
import type { ApiEnv } from './api-env';
import { buildOpenApiDocument } from './openapi-document';

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const operationSchema = z.looseObject({
  parameters: z.optional(z.array(z.looseObject({ name: z.string(), in: z.string(), required: z.optional(z.boolean()) }))),
});
const openApiDocumentSchema = z.looseObject({
  paths: z.record(z.string(), z.looseObject({ ...Object.fromEntries(httpMethods.map((method) => [method, z.optional(operationSchema)])) })),
});

interface Operation {
  readonly method: string;
  readonly path: string;
}

/** `/api/photos/:id/:name{[a-z]+}?` → `/api/photos/{id}/{name}`: Hono's path syntax in OpenAPI's. */
function openApiPath(honoPath: string): string {
  return honoPath.replace(/:(\w+)(\{[^}]*\})?\??/g, '{$1}');
}

/**
 * What the app answers, method + path, from its router table. `use()` middleware and `all('*')` fallbacks are
 * registered as method ALL on wildcard paths: they answer no operation of their own.
 */
function routedOperations(app: Hono<ApiEnv>): Operation[] {
  const operations = new Map<string, Operation>();
  for (const route of app.routes) {
    if (route.method === 'ALL' && route.path.includes('*')) continue;
    const operation = { method: route.method, path: openApiPath(route.path) };
    operations.set(`${operation.method} ${operation.path}`, operation);
  }
  return [...operations.values()];
}

function documentedOperations(document: unknown): Operation[] {
  const { paths } = openApiDocumentSchema.parse(document);
  return Object.entries(paths).flatMap(([path, item]) =>
    httpMethods.filter((method) => item[method] !== undefined).map((method) => ({ method: method.toUpperCase(), path })),
  );
}

/** Routes the document does not describe, as `METHOD /path` (a route of method ALL needs its path documented). */
function undocumentedRoutes(app: Hono<ApiEnv>, document: unknown): string[] {
  const documented = documentedOperations(document);
  return routedOperations(app)
    .filter(({ method, path }) =>
      method === 'ALL'
        ? !documented.some((operation) => operation.path === path)
        : !documented.some((operation) => operation.path === path && operation.method === method),
    )
    .map(({ method, path }) => `${method} ${path}`)
    .sort();
}

/** Operations the document describes that no route answers (a renamed or removed route). */
function staleOperations(app: Hono<ApiEnv>, document: unknown): string[] {
  const routed = routedOperations(app);
  return documentedOperations(document)
    .filter(({ method, path }) => !routed.some((route) => route.path === path && (route.method === method || route.method === 'ALL')))
    .map(({ method, path }) => `${method} ${path}`)
    .sort();
}

function bureauApiApp(): Hono<ApiEnv> {
  const storage = createMemoryStorage();
  return createMockApi({ storage, hasher: createPbkdf2PasswordHasher({ iterations: 1000 }) });
}

describe('the OpenAPI document against the routes of the API app', () => {
  const document = buildOpenApiDocument();

  it('documents every method + path the app answers', () => {
    const app = bureauApiApp();
    expect(routedOperations(app).length).toBeGreaterThan(30);
    expect(undocumentedRoutes(app, document), 'routes missing from src/api/openapi-document.ts').toEqual([]);
  });

  it('documents no operation that the app does not answer', () => {
    expect(staleOperations(bureauApiApp(), document), 'documented but not routed').toEqual([]);
  });

  it('names each route that is missing, and one whose method differs', () => {
    const app = new Hono<ApiEnv>().basePath('/api');
    app.use('*', async (_c, next) => next());
    app.get('/health', (c) => c.text('ok'));
    app.post('/health', (c) => c.text('ok'));
    app.get('/photos/:id/:name', (c) => c.text('file'));
    app.all('/anything', (c) => c.text('any'));
    app.all('*', (c) => c.text('fallback', 404));
    const partial = { paths: { '/api/health': { get: {} } } };
    expect(undocumentedRoutes(app, partial)).toEqual(['ALL /api/anything', 'GET /api/photos/{id}/{name}', 'POST /api/health']);
    expect(staleOperations(app, { paths: { '/api/health': { get: {} }, '/api/gone': { delete: {} } } })).toEqual([
      'DELETE /api/gone',
    ]);
  });
});

describe('query parameters, from the zod schemas the routes parse them with', () => {
  const { paths } = openApiDocumentSchema.parse(buildOpenApiDocument());
  const queryOf = (path: string, method: (typeof httpMethods)[number]) =>
    (paths[path]?.[method]?.parameters ?? []).filter((parameter) => parameter.in === 'query');

  it('lists the dashboard filters, all optional, with their constraints', () => {
    const query = queryOf('/api/roundups', 'get');
    expect(query.map(({ name }) => name)).toEqual(Object.keys(listRoundupsQuerySchema.shape));
    expect(query.map(({ name }) => name)).toEqual(expect.arrayContaining(['q', 'status', 'region', 'ownerId', 'reviewerId', 'from', 'to']));
    expect(query.every(({ required }) => required === false)).toBe(true);
    expect(query.find(({ name }) => name === 'status')).toMatchObject({
      schema: { type: 'string', enum: expect.arrayContaining(['draft', 'published']) },
    });
    expect(query.find(({ name }) => name === 'q')).toMatchObject({ schema: { maxLength: 200 }, description: 'headline contains' });
  });

  it('marks the export format as required and the revision page size with its default', () => {
    expect(queryOf('/api/roundups/{id}/export', 'get')).toEqual([
      { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['wire', 'html', 'newsml', 'ninjs'] } },
    ]);
    expect(queryOf('/api/roundups/{id}/revisions', 'get').find(({ name }) => name === 'limit')).toMatchObject({
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
    });
  });
});
