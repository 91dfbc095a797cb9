import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { importResponseSchema } from '../../src/contract/import-endpoints';
import { listRoundupsResponseSchema, roundupResponseSchema } from '../../src/contract/roundup-endpoints';
import { apiRoutes } from '../../src/contract/routes';
import type { UserRole } from '../../src/contract/user-endpoints';
import type { ContractBackend } from './roundup-api-contract';
import { signedInBackend } from './signed-in-client';

const seedText = readFileSync(new URL('../fixtures/import/newsis-gwangju-roundup-2017-12-06.txt', import.meta.url), 'utf8');

/** Text in, exchange formats out: `POST /api/import` and `GET /api/roundups/:id/export`, the same on every backend. */
export function defineExchangeContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`import and export contract: ${backendName}`, () => {
    const session = signedInBackend(setup);

    function importing(role: UserRole, body: string): Promise<Response> {
      return session.clients[role].call(apiRoutes.importText, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    }

    async function countRoundups(): Promise<number> {
      const listed = listRoundupsResponseSchema.parse(await (await session.clients.admin.call(apiRoutes.roundups)).json());
      return listed.items.length;
    }

    it('reads the model roundup into the structure of a draft, which then creates like any other', async () => {
      const response = await importing('reporter', JSON.stringify({ text: seedText }));
      expect(response.status).toBe(200);
      const imported = importResponseSchema.parse(await response.json());
      expect(imported.meta).toMatchObject({ kicker: '광주소식', headline: '광산구, 사회적경제·일자리창출 대상 등', region: '광주', outlet: '뉴시스' });
      expect(imported.body.content?.length).toBe(3);
      expect(imported.warnings.map((warning) => warning.code)).toContain('photo_missing');
      const created = await session.clients.reporter.call(apiRoutes.roundups, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ meta: imported.meta, body: imported.body }),
      });
      expect(created.status).toBe(201);
    });

    it('refuses unreadable text with a reason, and saves nothing', async () => {
      const before = await countRoundups();
      const cases: [string, number, string, string | undefined][] = [
        [JSON.stringify({ text: '' }), 422, 'import_failed', 'empty'],
        [JSON.stringify({ text: '<html><body><p>광주소식</p></body></html>' }), 422, 'import_failed', 'html'],
        [JSON.stringify({ text: '이 글에는 기사 구조가 없다.' }), 422, 'import_failed', 'no_briefs'],
        [JSON.stringify({ text: '가'.repeat(400_000) }), 422, 'import_failed', 'too_large'],
        [JSON.stringify({ text: 'a'.repeat(5 * 1024 * 1024) }), 413, 'payload_too_large', undefined],
        ['{"text": 3}', 400, 'validation_failed', undefined],
        ['not json', 400, 'validation_failed', undefined],
      ];
      for (const [body, status, code, reason] of cases) {
        const response = await importing('desk', body);
        expect(response.status, body.slice(0, 40)).toBe(status);
        const { error } = apiErrorBodySchema.parse(await response.json());
        expect(error.code).toBe(code);
        expect(error.details?.reason).toBe(reason);
        expect(error.message.length).toBeGreaterThan(0);
      }
      expect(await countRoundups()).toBe(before);
    });

    it('lets only those who may create roundups import', async () => {
      const response = await importing('designer', JSON.stringify({ text: seedText }));
      expect(response.status).toBe(403);
    });

    it('serves a roundup in every exchange format as a file, to whoever may read it', async () => {
      const imported = importResponseSchema.parse(await (await importing('reporter', JSON.stringify({ text: seedText }))).json());
      const roundup = roundupResponseSchema.parse(
        await (
          await session.clients.reporter.call(apiRoutes.roundups, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ meta: imported.meta, body: imported.body }),
          })
        ).json(),
      );
      const expectations = [
        ['wire', 'text/plain', '.txt', (body: string) => expect(body.startsWith('【광주=뉴시스】신대희 기자 = ◇광산구, 사회적경제·일자리창출 대상')).toBe(true)],
        ['html', 'text/html', '.html', (body: string) => expect(body).toMatch(/^<!DOCTYPE html>/i)],
        ['newsml', 'application/vnd.iptc.g2.newsitem+xml', '.xml', (body: string) => expect(body).toContain('<newsItem')],
        ['ninjs', 'application/json', '.json', (body: string) => expect(JSON.parse(body)).toMatchObject({ uri: `urn:bureau:roundup:${roundup.id}` })],
      ] as const;
      for (const [format, mimeType, extension, check] of expectations) {
        const response = await session.clients.designer.call(apiRoutes.roundupExport(roundup.id, format));
        expect(response.status, format).toBe(200);
        expect(response.headers.get('Content-Type')).toContain(mimeType);
        expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${roundup.id}-v${roundup.version}${extension}"`);
        check(await response.text());
      }
      const unknown = await session.clients.desk.call(apiRoutes.roundupExport(roundup.id, 'pdf'));
      expect(unknown.status).toBe(400);
      expect(apiErrorBodySchema.parse(await unknown.json()).error.code).toBe('validation_failed');
      const missing = await session.clients.desk.call(apiRoutes.roundupExport('no-such-roundup', 'wire'));
      expect(missing.status).toBe(404);
    });
  });
}
