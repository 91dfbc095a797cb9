import { Hono } from 'hono';
import { z } from 'zod/mini';
import { photoSchema } from '../../contract/photo-endpoints';
import { photoIdPattern } from '../../schema/nodes/figure';
import { photoVariantNameSchema } from '../../services/stored-photo';
import type { ApiDependencies } from '../api-dependencies';
import type { ApiEnv } from '../api-env';
import { parseOrRefuse, readUpload } from '../read-request';

const photoParamsSchema = z.object({ id: z.string().check(z.regex(photoIdPattern, 'photo id is malformed')) });
const photoFileParamsSchema = z.extend(photoParamsSchema, { name: z.union([z.literal('original'), photoVariantNameSchema]) });

/** Photo files never change under an id, so browsers and proxies may keep them for a year. */
const immutableCacheControl = 'private, max-age=31536000, immutable';

function fileResponse(request: Request, file: { bytes: Uint8Array; mediaType: string; contentHash: string }): Response {
  const etag = `"${file.contentHash}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': immutableCacheControl,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'",
  };
  if (request.headers.get('If-None-Match') === etag) return new Response(null, { status: 304, headers });
  return new Response(file.bytes.slice(), {
    status: 200,
    headers: { ...headers, 'Content-Type': file.mediaType, 'Content-Length': String(file.bytes.byteLength) },
  });
}

/** Upload (multipart `file` or a raw image body) and download of photos and their web sizes. */
export function photoRoutes(deps: ApiDependencies): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.post('/', async (c) => {
    const upload = await readUpload(c.req.raw, deps.maxPhotoBytes);
    const photo = photoSchema.parse(await deps.photos.upload(c.var.signedIn.actor, upload.bytes, upload.declaredType));
    c.header('Location', photo.url);
    return c.json(photo, 201);
  });

  app.get('/:id', async (c) => {
    const { id } = parseOrRefuse(photoParamsSchema, c.req.param(), 'the photo id is not valid');
    return fileResponse(c.req.raw, await deps.photos.getFile(c.var.signedIn.actor, id, 'original'));
  });

  app.get('/:id/meta', async (c) => {
    const { id } = parseOrRefuse(photoParamsSchema, c.req.param(), 'the photo id is not valid');
    return c.json(photoSchema.parse(await deps.photos.get(c.var.signedIn.actor, id)));
  });

  app.get('/:id/:name', async (c) => {
    const { id, name } = parseOrRefuse(photoFileParamsSchema, c.req.param(), 'the photo file is not valid');
    return fileResponse(c.req.raw, await deps.photos.getFile(c.var.signedIn.actor, id, name));
  });

  return app;
}
