import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { listRoundupsResponseSchema, roundupResponseSchema } from '../../src/contract/roundup-endpoints';
import { apiRoutes } from '../../src/contract/routes';
import type { Roundup } from '../../src/schema/roundup';
import type { ContractBackend } from './roundup-api-contract';
import { sampleBrief } from './sample-bodies';
import { signedInBackend } from './signed-in-client';

/** The overlay of the security review: an invisible full-page link that opens the attacker's page with an opener. */
const overlayAttributes = {
  href: 'https://x.test/',
  class: 'overlay',
  target: '_blank',
  rel: 'opener',
  title: '클릭',
  onclick: 'alert(1)',
};
const markPath = 'content[0].content[1].content[0].marks[0].attrs';
const briefMarkPath = 'briefs[0].content[1].content[0].marks[0].attrs';

function briefWithLink(attrs: Record<string, unknown>, id = 'b-1'): JSONContent {
  return {
    type: 'brief',
    attrs: { id },
    content: [
      { type: 'briefHeading', content: [{ type: 'text', text: '소식' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '누리집', marks: [{ type: 'link', attrs }] }] },
    ],
  };
}

const bodyWithLink = (attrs: Record<string, unknown>): JSONContent => ({ type: 'doc', content: [briefWithLink(attrs)] });

/** Links as every backend must take them: an address, normalised, and nothing else; the rest is a 400 that stores nothing. */
export function defineLinkAttributesContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`link attributes contract: ${backendName}`, () => {
    const session = signedInBackend(setup);

    function send(method: string, path: string, body: unknown): Promise<Response> {
      return session.clients.reporter.call(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    }

    async function created(body: JSONContent): Promise<Roundup> {
      const response = await send('POST', apiRoutes.roundups, { meta: { headline: '링크 시험' }, body });
      expect(response.status).toBe(201);
      return roundupResponseSchema.parse(await response.json());
    }

    async function stored(id: string): Promise<Roundup> {
      return roundupResponseSchema.parse(await (await session.clients.reporter.call(apiRoutes.roundup(id))).json());
    }

    async function roundupCount(): Promise<number> {
      return listRoundupsResponseSchema.parse(await (await session.clients.reporter.call(apiRoutes.roundups)).json()).items.length;
    }

    async function invalidBodyIssues(response: Response): Promise<{ path: string; message: string }[]> {
      expect(response.status).toBe(400);
      const { error } = apiErrorBodySchema.parse(await response.json());
      expect(error.code).toBe('invalid_body');
      const issues: unknown = error.details?.issues;
      expect(Array.isArray(issues)).toBe(true);
      return Array.isArray(issues) ? issues.map((issue: { path: string; message: string }) => ({ path: issue.path, message: issue.message })) : [];
    }

    const refusedExtras = ['class', 'target', 'rel', 'title', 'onclick'];

    it('refuses to create a roundup whose link carries class, target, rel, title or onclick, and creates nothing', async () => {
      const before = await roundupCount();
      const issues = await invalidBodyIssues(await send('POST', apiRoutes.roundups, { body: bodyWithLink(overlayAttributes) }));
      expect(issues.map((issue) => issue.path)).toEqual(refusedExtras.map((name) => `${markPath}.${name}`));
      expect(issues[0]?.message).toBe('unknown attribute "class": a link carries only "href"');
      expect(await roundupCount()).toBe(before);
    });

    it('refuses such a link in a whole-document save (PUT) and stores nothing', async () => {
      const roundup = await created(bodyWithLink({ href: 'https://x.test/' }));
      const response = await send('PUT', apiRoutes.roundup(roundup.id), { baseVersion: roundup.version, meta: roundup.meta, body: bodyWithLink(overlayAttributes) });
      expect((await invalidBodyIssues(response)).map((issue) => issue.path)).toEqual(refusedExtras.map((name) => `${markPath}.${name}`));
      expect(await stored(roundup.id)).toEqual(roundup);
    });

    it('refuses such a link in a partial save (PATCH) and stores nothing', async () => {
      const roundup = await created({ type: 'doc', content: [sampleBrief('b-1', '소식', '본문')] });
      const response = await send('PATCH', apiRoutes.roundup(roundup.id), {
        baseVersion: roundup.version,
        briefOrder: ['b-1'],
        briefs: [briefWithLink(overlayAttributes)],
      });
      expect((await invalidBodyIssues(response)).map((issue) => issue.path)).toEqual(refusedExtras.map((name) => `${briefMarkPath}.${name}`));
      expect(await stored(roundup.id)).toEqual(roundup);
    });

    it.each([
      ['not normalised', 'HTTPS://X.test', 'link must be stored in its normalised form "https://x.test/"'],
      ['a javascript: address in mixed case', 'JaVaScRiPt:alert(1)', expect.stringMatching(/http, https or mailto address/)],
      ['a NUL inside the scheme', 'java\u0000script:alert(1)', expect.stringMatching(/http, https or mailto address/)],
      ['an entity for the colon', 'javascript&colon;alert(1)', expect.stringMatching(/http, https or mailto address/)],
    ])('refuses an href that is %s, naming the field', async (_name, href, message) => {
      const roundup = await created(bodyWithLink({ href: 'https://x.test/' }));
      const response = await send('PUT', apiRoutes.roundup(roundup.id), { baseVersion: roundup.version, meta: roundup.meta, body: bodyWithLink({ href }) });
      expect(await invalidBodyIssues(response)).toEqual([{ path: `${markPath}.href`, message }]);
      expect(await stored(roundup.id)).toEqual(roundup);
    });

    it('stores a link as its normalised href and nothing else', async () => {
      const roundup = await created(bodyWithLink({ href: 'https://xn--hc0bugl24c.kr/%EC%86%8C%EC%8B%9D?a=1#b' }));
      const marks = (await stored(roundup.id)).body.content?.[0]?.content?.[1]?.content?.[0]?.marks;
      expect(marks).toEqual([{ type: 'link', attrs: { href: 'https://xn--hc0bugl24c.kr/%EC%86%8C%EC%8B%9D?a=1#b' } }]);
    });
  });
}
