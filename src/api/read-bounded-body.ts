function declaredLength(header: string | null): number | null {
  return header !== null && /^\d+$/.test(header) ? Number(header) : null;
}

/**
 * The whole body, read as a stream and counted as it arrives, refused with `refusal()` as soon as it passes
 * `limitBytes`. A declared Content-Length larger than the limit is refused before anything is read; a smaller one
 * is not trusted to end the body (the count decides), so a chunked body, or one whose length lies, never costs
 * more than the limit and one chunk.
 */
export async function readBoundedBody(request: Request, limitBytes: number, refusal: () => Error): Promise<Uint8Array<ArrayBuffer>> {
  const declared = declaredLength(request.headers.get('content-length'));
  if (declared !== null && declared > limitBytes) throw refusal();
  const stream: ReadableStream<Uint8Array> | null | undefined = request.body;
  if (stream === null) return new Uint8Array(0);
  if (stream === undefined) {
    // Firefox's Request has no body stream; its bodies (the in-browser mock's) are then already in memory, whole.
    const whole = new Uint8Array(await request.arrayBuffer());
    if (whole.byteLength > limitBytes) throw refusal();
    return whole;
  }
  const reader = stream.getReader();
  // Chunks are kept as they came (no growing buffer to copy into): a refused body holds no more than what was read.
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value.byteLength > limitBytes - size) {
      // Not awaited: some stream sources only settle a cancel once the sender stops, which is not ours to wait for.
      reader.cancel().catch(() => undefined);
      throw refusal();
    }
    chunks.push(value);
    size += value.byteLength;
  }
  // One buffer of exactly the body's length: a view into a larger one would carry the spare room into storage
  // (IndexedDB clones a view's whole buffer).
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
