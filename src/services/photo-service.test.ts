import { describe, expect, it } from 'vitest';
import { imageFixtures } from '../../tests/contract/image-fixtures';
import { createMemoryStorage } from './memory-storage';
import { createPhotoService } from './photo-service';
import { ServiceError } from './service-error';

function setup(maxBytes = 10_000) {
  let nextId = 0;
  const storage = createMemoryStorage().photos;
  const service = createPhotoService({
    storage,
    clock: () => new Date('2026-03-02T09:00:00.000Z'),
    generateId: () => `photo-${(nextId += 1)}`,
    maxBytes,
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

describe('photo service', () => {
  it('stores an image under a new id with the size read from its bytes', async () => {
    const { service } = setup();
    const bytes = imageFixtures.png(7, 5);
    const photo = await service.upload(bytes, 'image/png');
    expect(photo).toEqual({
      id: 'photo-1',
      mediaType: 'image/png',
      width: 7,
      height: 5,
      byteSize: bytes.byteLength,
      url: '/api/photos/photo-1',
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    const stored = await service.get('photo-1');
    expect(stored.photo).toEqual(photo);
    expect(stored.bytes).toEqual(bytes);
  });

  it('trusts the bytes over the declared type', async () => {
    const { service } = setup();
    expect((await service.upload(imageFixtures.jpeg(16, 8), 'image/png')).mediaType).toBe('image/jpeg');
    expect((await service.upload(imageFixtures.avif(), 'application/octet-stream')).mediaType).toBe('image/avif');
  });

  it('refuses SVG with 415, quoting what the client declared, and stores nothing', async () => {
    const { service, storage } = setup();
    const error = await failure(service.upload(imageFixtures.svg(), 'image/svg+xml'));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.status).toBe(415);
    expect(error.message).toMatch(/SVG images are not accepted.*\(sent as image\/svg\+xml\)/);
    expect(await storage.get('photo-1')).toBeNull();
  });

  it('refuses a cut-short image with 415', async () => {
    const { service } = setup();
    const error = await failure(service.upload(imageFixtures.truncate(imageFixtures.png(8, 8), 40)));
    expect(error.code).toBe('unsupported_media_type');
    expect(error.message).toMatch(/cut short/);
  });

  it('refuses a file over the limit with 413 before looking at it', async () => {
    const { service } = setup(100);
    const error = await failure(service.upload(new Uint8Array(101)));
    expect(error.code).toBe('payload_too_large');
    expect(error.details?.limitBytes).toBe(100);
  });

  it('answers not_found for unknown and malformed ids', async () => {
    const { service } = setup();
    expect((await failure(service.get('nope'))).code).toBe('not_found');
    expect((await failure(service.get('../secret'))).code).toBe('not_found');
  });
});
