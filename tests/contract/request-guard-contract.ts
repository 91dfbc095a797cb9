import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { maxImportRequestBytes } from '../../src/contract/import-endpoints';
import { maxPhotoBytes } from '../../src/contract/photo-endpoints';
import { maxJsonRequestBytes } from '../../src/contract/roundup-endpoints';
import { apiRoutes } from '../../src/contract/routes';
import { multipartOverheadBytes } from '../../src/api/read-request';
import type { ContractBackend } from './roundup-api-contract';
import { signedInBackend } from './signed-in-client';

const chunkBytes = 64 * 1024;

/** `totalBytes` of `preamble` and then filler, as a stream of 64 KiB chunks: sent chunked, with no Content-Length. */
function chunkedBody(totalBytes: number, preamble: string): RequestInit & { duplex: 'half' } {
  const head = new TextEncoder().encode(preamble);
  const filler = new Uint8Array(chunkBytes).fill(0x61);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) {
        controller.close();
        return;
      }
      const chunk = sent === 0 ? new Uint8Array([...head, ...filler.subarray(head.byteLength)]) : filler;
      const piece = chunk.subarray(0, Math.min(chunk.byteLength, totalBytes - sent));
      sent += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  return { method: 'POST', body, duplex: 'half' };
}

/**
 * What every backend refuses before it looks at a request: bodies past their limit, however they are sent, and
 * state-changing requests from an origin that is not the site's, `Origin: null` included.
 */
export function defineRequestGuardContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`request guard contract: ${backendName}`, () => {
    const session = signedInBackend(setup);

    async function refusal(response: Response): Promise<{ status: number; code: string; limitBytes: unknown }> {
      const { error } = apiErrorBodySchema.parse(await response.json());
      return { status: response.status, code: error.code, limitBytes: error.details?.limitBytes };
    }

    // One chunk past the limit each: a client that goes on sending long after the answer may have its connection
    // closed under it (the Node server drains a refused body for a moment, then hangs up), which is not the contract.
    it('refuses chunked bodies without a Content-Length past the limit with 413: photos (raw and multipart), import, JSON', async () => {
      const reporter = session.clients.reporter;
      const cases: [string, string, number, string, number][] = [
        [apiRoutes.photos, 'image/jpeg', maxPhotoBytes + chunkBytes, '', maxPhotoBytes],
        [
          apiRoutes.photos,
          'multipart/form-data; boundary=bureau',
          maxPhotoBytes + multipartOverheadBytes + chunkBytes,
          '--bureau\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n',
          maxPhotoBytes,
        ],
        [apiRoutes.importText, 'application/json', maxImportRequestBytes + chunkBytes, '{"text":"', maxImportRequestBytes],
        [apiRoutes.roundups, 'application/json', maxJsonRequestBytes + chunkBytes, '{"meta":{"headline":"', maxJsonRequestBytes],
      ];
      for (const [path, contentType, totalBytes, preamble, limitBytes] of cases) {
        const init = chunkedBody(totalBytes, preamble);
        const response = await reporter.call(path, { ...init, headers: { 'Content-Type': contentType } });
        expect(await refusal(response), `${path} as ${contentType}`).toEqual({ status: 413, code: 'payload_too_large', limitBytes });
      }
    });

    it('refuses a state-changing request with Origin: null (sandboxed frame, file:// page) with 403 forbidden', async () => {
      const reporter = session.clients.reporter;
      const opaque = await reporter.call(apiRoutes.roundups, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'null' },
        body: '{}',
      });
      expect(await refusal(opaque)).toMatchObject({ status: 403, code: 'forbidden' });
      // Reads are not state-changing: the same client reads on.
      expect((await reporter.call(apiRoutes.roundups, { headers: { Origin: 'null' } })).status).toBe(200);
    });
  });
}
