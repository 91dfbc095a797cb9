import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { imageFixtures } from '../../tests/contract/image-fixtures';
import type { Actor } from './actor';
import { createInspectingPhotoProcessor } from './inspecting-photo-processor';
import { createMemoryStorage } from './memory-storage';
import type { PhotoProcessor } from './photo-processor';
import { createPhotoService } from './photo-service';
import { ServiceError } from './service-error';

const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };
const designer: Actor = { id: 'u-designer', name: '박디자인', role: 'designer' };

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function setup(options: { maxBytes?: number; processor?: PhotoProcessor } = {}) {
  let nextId = 0;
  const storage = createMemoryStorage().photos;
  const service = createPhotoService({
    processor: options.processor ?? createInspectingPhotoProcessor(),
    storage,
    clock: () => new Date('2026-03-02T09:00:00.000Z'),
    generateId: () => `photo-${(nextId += 1)}`,
    maxBytes: options.maxBytes ?? 10_000,
  });
  return { service, storage };
}

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(error)}`);
  return error;
}

/** A processor like the server's: a cleaned original and WebP web sizes, given as fixed bytes. */
const resizingProcessor: PhotoProcessor = {
  async process() {
    return {
      ok: true,
      original: { mediaType: 'image/jpeg', width: 2000, height: 1000, bytes: Uint8Array.from([1, 2, 3]) },
      variants: [
        { name: 'w1600', mediaType: 'image/webp', width: 1600, height: 800, bytes: Uint8Array.from([16]) },
        { name: 'w480', mediaType: 'image/webp', width: 480, height: 240, bytes: Uint8Array.from([4, 8]) },
        { name: 'w960', mediaType: 'image/webp', width: 960, height: 480, bytes: Uint8Array.from([9, 6]) },
      ],
    };
  },
};

describe('photo service', () => {
  it('stores an image under a new id with the size read from its bytes and its content hash', async () => {
    const { service } = setup();
    const bytes = imageFixtures.png(7, 5);
    const photo = await service.upload(reporter, bytes, 'image/png');
    expect(photo).toEqual({
      id: 'photo-1',
      mediaType: 'image/png',
      width: 7,
      height: 5,
      byteSize: bytes.byteLength,
      contentHash: sha256(bytes),
      url: '/api/photos/photo-1',
      variants: [],
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    expect(await service.get(reporter, 'photo-1')).toEqual(photo);
    expect(await service.getFile(reporter, 'photo-1', 'original')).toEqual({
      name: 'original',
      bytes,
      mediaType: 'image/png',
      contentHash: sha256(bytes),
    });
  });

  it('stores the web sizes a processor makes, narrowest first, at URLs that carry their content hash', async () => {
    const { service } = setup({ processor: resizingProcessor });
    const photo = await service.upload(reporter, imageFixtures.jpeg(16, 8));
    expect(photo).toMatchObject({ mediaType: 'image/jpeg', width: 2000, height: 1000, byteSize: 3, contentHash: sha256(Uint8Array.from([1, 2, 3])) });
    expect(photo.variants).toEqual([
      { name: 'w480', mediaType: 'image/webp', width: 480, height: 240, url: `/api/photos/photo-1/w480?v=${sha256(Uint8Array.from([4, 8]))}` },
      { name: 'w960', mediaType: 'image/webp', width: 960, height: 480, url: `/api/photos/photo-1/w960?v=${sha256(Uint8Array.from([9, 6]))}` },
      { name: 'w1600', mediaType: 'image/webp', width: 1600, height: 800, url: `/api/photos/photo-1/w1600?v=${sha256(Uint8Array.from([16]))}` },
    ]);
    expect(await service.getFile(reporter, 'photo-1', 'w960')).toEqual({
      name: 'w960',
      bytes: Uint8Array.from([9, 6]),
      mediaType: 'image/webp',
      contentHash: sha256(Uint8Array.from([9, 6])),
    });
  });

  it('hashes every stored file with the hash function it is given (node:crypto on the server)', async () => {
    const hashed: number[] = [];
    /** A well-formed hex digest that says which file it was made from. */
    const fakeHash = (byteLength: number) => String(byteLength).padStart(64, 'f');
    const service = createPhotoService({
      processor: resizingProcessor,
      storage: createMemoryStorage().photos,
      clock: () => new Date('2026-03-02T09:00:00.000Z'),
      generateId: () => 'photo-1',
      hashBytes: async (bytes) => {
        hashed.push(bytes.byteLength);
        return fakeHash(bytes.byteLength);
      },
    });
    const photo = await service.upload(reporter, imageFixtures.jpeg(16, 8));
    expect(photo.contentHash).toBe(fakeHash(3));
    expect(photo.variants.map((variant) => variant.url)).toEqual([
      `/api/photos/photo-1/w480?v=${fakeHash(2)}`,
      `/api/photos/photo-1/w960?v=${fakeHash(2)}`,
      `/api/photos/photo-1/w1600?v=${fakeHash(1)}`,
    ]);
    expect(hashed.sort()).toEqual([1, 2, 2, 3]);
  });

  it('answers not_found for a web size the photo does not have', async () => {
    const { service } = setup();
    await service.upload(reporter, imageFixtures.png(7, 5));
    const error = await failure(service.getFile(reporter, 'photo-1', 'w480'));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('w480');
  });

  it('trusts the bytes over the declared type', async () => {
    const { service } = setup();
    expect((await service.upload(reporter, imageFixtures.jpeg(16, 8), 'image/png')).mediaType).toBe('image/jpeg');
    expect((await service.upload(reporter, imageFixtures.avif(), 'application/octet-stream')).mediaType).toBe('image/avif');
  });

  it('refuses SVG with 415, quoting what the client declared, and stores nothing', async () => {
    const { service, storage } = setup();
    const error = await failure(service.upload(reporter, imageFixtures.svg(), 'image/svg+xml'));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.status).toBe(415);
    expect(error.message).toMatch(/SVG images are not accepted.*\(sent as image\/svg\+xml\)/);
    expect(await storage.getMetadata('photo-1')).toBeNull();
  });

  it('quotes only a printable, short declared type', async () => {
    const { service } = setup();
    const error = await failure(service.upload(reporter, imageFixtures.html(), `image/png\u0000\n${'x'.repeat(500)}`));
    expect(error.message).toMatch(/HTML page.*\(sent as image\/pngx+\)$/);
    expect(error.message.length).toBeLessThan(300);
  });

  it('refuses a cut-short image with 415', async () => {
    const { service } = setup();
    const error = await failure(service.upload(reporter, imageFixtures.truncate(imageFixtures.png(8, 8), 40)));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toMatch(/cut short/);
  });

  it('refuses a file over the limit with 413 before looking at it', async () => {
    let processed = 0;
    const counting: PhotoProcessor = {
      async process(bytes) {
        processed += 1;
        return resizingProcessor.process(bytes);
      },
    };
    const { service } = setup({ maxBytes: 100, processor: counting });
    const error = await failure(service.upload(reporter, new Uint8Array(101)));
    expect(error.code).toBe('payload_too_large');
    expect(error.details?.limitBytes).toBe(100);
    expect(processed).toBe(0);
  });

  it('refuses a photo with too many pixels with 413, from its header', async () => {
    const { service } = setup();
    const error = await failure(service.upload(reporter, imageFixtures.pngDeclaring(30_000, 30_000), 'image/png'));
    expect(error.code).toBe('payload_too_large');
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/900 megapixels \(30000×30000\); the limit is 50\b/);
  });

  it('lets only roles that may upload photos upload them, and everybody signed in read them', async () => {
    const { service } = setup();
    expect((await failure(service.upload(designer, imageFixtures.png(2, 2)))).code).toBe('forbidden');
    await service.upload(reporter, imageFixtures.png(2, 2));
    expect((await service.get(designer, 'photo-1')).id).toBe('photo-1');
    expect((await service.getFile(designer, 'photo-1', 'original')).mediaType).toBe('image/png');
  });

  it('answers internal when the generated id is already taken', async () => {
    const storage = createMemoryStorage().photos;
    const service = createPhotoService({ processor: createInspectingPhotoProcessor(), storage, clock: () => new Date(), generateId: () => 'same' });
    await service.upload(reporter, imageFixtures.png(2, 2));
    expect((await failure(service.upload(reporter, imageFixtures.png(3, 3)))).code).toBe('internal');
    expect((await service.get(reporter, 'same')).width).toBe(2);
  });

  it('answers not_found for unknown and malformed ids', async () => {
    const { service } = setup();
    expect((await failure(service.get(reporter, 'nope'))).code).toBe('not_found');
    expect((await failure(service.get(reporter, '../secret'))).code).toBe('not_found');
    expect((await failure(service.getFile(reporter, '../secret', 'original'))).code).toBe('not_found');
  });
});
