import { delay, http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import { z } from 'zod';
import { fieldIssuesFromZodError } from '../contract/field-issues-from-zod';
import { maxPhotoBytes, photoSchema } from '../contract/photo-endpoints';
import {
  createRoundupRequestSchema,
  listRoundupsQuerySchema,
  listRoundupsResponseSchema,
  roundupResponseSchema,
  saveRoundupRequestSchema,
} from '../contract/roundup-endpoints';
import { apiRoutePatterns, apiRoutes, idempotencyKeyHeader } from '../contract/routes';
import { photoIdPattern } from '../schema/nodes/figure';
import { roundupIdSchema } from '../schema/roundup';
import type { PhotoService } from '../services/photo-service';
import type { RoundupService } from '../services/roundup-service';
import { payloadTooLarge, ServiceError, validationFailed } from '../services/service-error';
import { apiErrorResponse } from './api-error-response';

export interface MockHandlerOptions {
  roundups: RoundupService;
  photos: PhotoService;
  /**
   * The origin the handlers answer on. Default: the page's own origin (MSW resolves relative paths against
   * `location`). Under `msw/node` there is no page, so tests pass one, e.g. `http://localhost`.
   */
  baseUrl?: string;
  /** Wait this long before every answer so saving and loading states can be seen in the demo. Default 0. */
  latencyMs?: number;
  /** Largest photo accepted; must match the photo service's limit. Default: the contract's `maxPhotoBytes`. */
  maxPhotoBytes?: number;
}

/** Room for multipart boundaries and part headers around the file when judging a request by its Content-Length. */
const multipartOverheadBytes = 64 * 1024;
const photoCacheControl = 'public, max-age=31536000, immutable';

const roundupParamsSchema = z.object({ id: roundupIdSchema });
const photoParamsSchema = z.object({ id: z.string().regex(photoIdPattern, 'photo id is malformed') });

function parse<Schema extends z.ZodType>(schema: Schema, value: unknown, message: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(fieldIssuesFromZodError(result.error), message);
  return result.data;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    throw validationFailed([{ path: '', message: 'the request body is not valid JSON' }], 'the request body is not valid JSON');
  }
}

interface Upload {
  bytes: Uint8Array;
  declaredType: string | undefined;
}

/** The image of an upload: the `file` field of multipart/form-data, or else the raw request body. */
async function readUpload(request: Request, limitBytes: number): Promise<Upload> {
  const contentType = request.headers.get('content-type') ?? '';
  const isMultipart = contentType.toLowerCase().startsWith('multipart/form-data');
  const declaredLength = Number(request.headers.get('content-length') ?? Number.NaN);
  // Refuse an obviously oversized upload before reading it into memory.
  if (declaredLength > limitBytes + (isMultipart ? multipartOverheadBytes : 0)) throw payloadTooLarge('the photo', limitBytes);

  if (!isMultipart) {
    return { bytes: new Uint8Array(await request.arrayBuffer()), declaredType: contentType || undefined };
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw validationFailed([{ path: 'file', message: 'the multipart body cannot be read' }], 'the upload is malformed');
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string') {
    throw validationFailed([{ path: 'file', message: 'attach the image as the "file" field' }], 'no file in the upload');
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), declaredType: file.type || undefined };
}

/**
 * MSW handlers for every route in `apiRoutePatterns`, answering from the services. One set serves the browser demo,
 * unit tests (`msw/node`) and the contract suite; only the services' storage differs.
 */
export function createMockHandlers(options: MockHandlerOptions): HttpHandler[] {
  const { roundups, photos } = options;
  const baseUrl = options.baseUrl?.replace(/\/$/, '') ?? '';
  const latencyMs = options.latencyMs ?? 0;
  const photoLimit = options.maxPhotoBytes ?? maxPhotoBytes;
  const path = (pattern: string) => `${baseUrl}${pattern}`;

  function answer<Params extends PathParams>(
    resolve: (info: { request: Request; params: Params }) => Promise<Response>,
  ): (info: { request: Request; params: Params }) => Promise<Response> {
    return async (info) => {
      if (latencyMs > 0) await delay(latencyMs);
      try {
        return await resolve(info);
      } catch (error) {
        return apiErrorResponse(error);
      }
    };
  }

  return [
    http.get(
      path(apiRoutePatterns.roundups),
      answer(async ({ request }) => {
        const url = new URL(request.url);
        const query = parse(listRoundupsQuerySchema, { q: url.searchParams.get('q') ?? undefined }, 'the query is not valid');
        return HttpResponse.json(listRoundupsResponseSchema.parse(await roundups.list(query)));
      }),
    ),

    http.post(
      path(apiRoutePatterns.roundups),
      answer(async ({ request }) => {
        const body = parse(createRoundupRequestSchema, await readJson(request), 'the request is not valid');
        const created = roundupResponseSchema.parse(await roundups.create(body));
        return HttpResponse.json(created, { status: 201, headers: { Location: apiRoutes.roundup(created.id) } });
      }),
    ),

    http.get(
      path(apiRoutePatterns.roundup),
      answer(async ({ params }) => {
        const { id } = parse(roundupParamsSchema, params, 'the roundup id is not valid');
        return HttpResponse.json(roundupResponseSchema.parse(await roundups.get(id)));
      }),
    ),

    http.put(
      path(apiRoutePatterns.roundup),
      answer(async ({ request, params }) => {
        const { id } = parse(roundupParamsSchema, params, 'the roundup id is not valid');
        // The service parses the key with the contract's schema, like everything else it is given.
        const idempotencyKey = request.headers.get(idempotencyKeyHeader) ?? undefined;
        const body = parse(saveRoundupRequestSchema, await readJson(request), 'the request is not valid');
        const saved = await roundups.save(id, body, idempotencyKey === undefined ? {} : { idempotencyKey });
        return HttpResponse.json(roundupResponseSchema.parse(saved));
      }),
    ),

    http.delete(
      path(apiRoutePatterns.roundup),
      answer(async ({ params }) => {
        const { id } = parse(roundupParamsSchema, params, 'the roundup id is not valid');
        await roundups.remove(id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.post(
      path(apiRoutePatterns.photos),
      answer(async ({ request }) => {
        const upload = await readUpload(request, photoLimit);
        const photo = photoSchema.parse(await photos.upload(upload.bytes, upload.declaredType));
        return HttpResponse.json(photo, { status: 201, headers: { Location: photo.url } });
      }),
    ),

    http.get(
      path(apiRoutePatterns.photo),
      answer(async ({ params }) => {
        const { id } = parse(photoParamsSchema, params, 'the photo id is not valid');
        const { photo, bytes } = await photos.get(id);
        return new HttpResponse(bytes.slice(), {
          status: 200,
          headers: {
            'Content-Type': photo.mediaType,
            'Content-Length': String(bytes.byteLength),
            'Cache-Control': photoCacheControl,
            'X-Content-Type-Options': 'nosniff',
          },
        });
      }),
    ),

    // Any other /api request gets the API's own error shape instead of falling through to the dev server.
    http.all(
      path('/api/*'),
      answer(async ({ request }) => {
        throw new ServiceError('not_found', `there is no endpoint ${request.method} ${new URL(request.url).pathname}`);
      }),
    ),
  ];
}
