import type { z } from 'zod/mini';
import { maxJsonRequestBytes } from '../contract/roundup-endpoints';
import { fieldIssuesFromZodError } from '../contract/field-issues-from-zod';
import { payloadTooLarge, validationFailed } from '../services/service-error';

export function parseOrRefuse<Schema extends z.ZodMiniType>(schema: Schema, value: unknown, message: string): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(fieldIssuesFromZodError(result.error), message);
  return result.data;
}

/**
 * The body as text, refusing with 413 past `limitBytes`. With a Content-Length (which the HTTP parser holds the body
 * to) the length decides before anything is read and the body is read in one go (the Node adapter's fast path);
 * without one, the stream is counted as it arrives and abandoned at the limit, never read whole first.
 */
async function readLimitedText(request: Request, limitBytes: number): Promise<string> {
  const tooLarge = () => payloadTooLarge('the request', limitBytes);
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared)) {
    if (Number(declared) > limitBytes) throw tooLarge();
    return request.text();
  }
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      // Not awaited: some stream sources only settle a cancel once the sender stops, which is not ours to wait for.
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export async function readJson(request: Request, limitBytes = maxJsonRequestBytes): Promise<unknown> {
  const text = await readLimitedText(request, limitBytes);
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    throw validationFailed([{ path: '', message: 'the request body is not valid JSON' }], 'the request body is not valid JSON');
  }
}

/** Room for multipart boundaries and part headers around the file when judging a request by its Content-Length. */
const multipartOverheadBytes = 64 * 1024;

export interface Upload {
  bytes: Uint8Array;
  declaredType: string | undefined;
}

/** The image of an upload: the `file` field of multipart/form-data, or else the raw request body. */
export async function readUpload(request: Request, limitBytes: number): Promise<Upload> {
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
