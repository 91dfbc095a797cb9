import type { z } from 'zod/mini';
import { maxJsonRequestBytes } from '../contract/roundup-endpoints';
import { fieldIssuesFromZodError } from '../contract/field-issues-from-zod';
import { payloadTooLarge, validationFailed } from '../services/service-error';
import { readBoundedBody } from './read-bounded-body';

export function parseOrRefuse<Schema extends z.ZodMiniType>(schema: Schema, value: unknown, message: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(fieldIssuesFromZodError(result.error), message);
  return result.data;
}

/** The body as JSON, refused with 413 once it passes `limitBytes` (counted while it streams, whatever the headers say). */
export async function readJson(request: Request, limitBytes = maxJsonRequestBytes): Promise<unknown> {
  const text = new TextDecoder().decode(await readBoundedBody(request, limitBytes, () => payloadTooLarge('the request', limitBytes)));
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    throw validationFailed([{ path: '', message: 'the request body is not valid JSON' }], 'the request body is not valid JSON');
  }
}

/** Room for multipart boundaries and part headers around the file: the file itself is held to the limit after parsing. */
export const multipartOverheadBytes = 64 * 1024;

export interface Upload {
  bytes: Uint8Array;
  declaredType: string | undefined;
}

/**
 * The image of an upload: the `file` field of multipart/form-data, or else the raw request body. Either way the raw
 * stream is counted and cut off at the limit first; only the bounded bytes are parsed.
 */
export async function readUpload(request: Request, limitBytes: number): Promise<Upload> {
  const contentType = request.headers.get('content-type') ?? '';
  const isMultipart = contentType.toLowerCase().startsWith('multipart/form-data');
  const streamLimit = limitBytes + (isMultipart ? multipartOverheadBytes : 0);
  const bytes = await readBoundedBody(request, streamLimit, () => payloadTooLarge('the photo', limitBytes));
  if (!isMultipart) return { bytes, declaredType: contentType || undefined };

  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'Content-Type': contentType } }).formData();
  } catch {
    throw validationFailed([{ path: 'file', message: 'the multipart body cannot be read' }], 'the upload is malformed');
  }
  const file = form.get('file');
  if (file === null || typeof file === 'string') {
    throw validationFailed([{ path: 'file', message: 'attach the image as the "file" field' }], 'no file in the upload');
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), declaredType: file.type || undefined };
}
