import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../src/contract/api-error';
import { commentThreadSchema, commentThreadsResponseSchema, type TextCommentTarget } from '../../src/contract/comment-endpoints';
import { notificationsResponseSchema } from '../../src/contract/notification-endpoints';
import { roundupResponseSchema } from '../../src/contract/roundup-endpoints';
import { apiRoutes } from '../../src/contract/routes';
import type { UserRole } from '../../src/contract/user-endpoints';
import type { Roundup } from '../../src/schema/roundup';
import type { ContractBackend } from './roundup-api-contract';
import { sampleBrief } from './sample-bodies';
import { signedInBackend } from './signed-in-client';

const firstText = '광산구는 6일 구청에서 송년 음악회를 열었다.';

function bodyWith(text: string): JSONContent {
  return { type: 'doc', content: [sampleBrief('b-1', '송년 음악회', text), sampleBrief('b-2', '김장 나눔', '김장 김치를 나눴다.')] };
}

/** "구청에서" in brief 1, as the editor sends it: offsets in the brief's text (heading, newline, paragraph). */
function quoteTarget(text = firstText, quote = '구청에서'): TextCommentTarget {
  const briefText = `송년 음악회\n${text}`;
  const start = Math.max(0, briefText.indexOf(quote));
  return { kind: 'text', briefId: 'b-1', quote, prefix: briefText.slice(Math.max(0, start - 32), start), suffix: briefText.slice(start + quote.length, start + quote.length + 32), start };
}

/** Comment threads as every backend must keep them: apart from the document, anchored, answered, resolved, notified. */
export function defineCommentContract(backendName: string, setup: () => Promise<ContractBackend>): void {
  describe(`comment contract: ${backendName}`, () => {
    const session = signedInBackend(setup);

    function send(role: UserRole, method: string, path: string, body?: unknown): Promise<Response> {
      return session.clients[role].call(path, {
        method,
        ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
      });
    }

    async function json(response: Response, status = 200): Promise<unknown> {
      const body: unknown = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(status);
      return body;
    }

    async function refused(response: Response, status: number) {
      expect(response.status).toBe(status);
      return apiErrorBodySchema.parse(await response.json()).error;
    }

    async function create(): Promise<Roundup> {
      return roundupResponseSchema.parse(await json(await send('reporter', 'POST', apiRoutes.roundups, { meta: { headline: '의견 시험' }, body: bodyWith(firstText) }), 201));
    }

    async function open(role: UserRole, roundup: Roundup, request: unknown) {
      return commentThreadSchema.parse(await json(await send(role, 'POST', apiRoutes.roundupComments(roundup.id), request), 201));
    }

    async function threads(role: UserRole, roundup: Roundup) {
      return commentThreadsResponseSchema.parse(await json(await session.clients[role].call(apiRoutes.roundupComments(roundup.id)))).items;
    }

    it('opens a thread on a text range, with a mention, without touching the document', async () => {
      const roundup = await create();
      const thread = await open('desk', roundup, { target: quoteTarget(), body: '@신대희 장소를 정확히 써 주세요', mentions: ['u-reporter'] });
      expect(thread).toMatchObject({
        roundupId: roundup.id,
        target: { kind: 'text', briefId: 'b-1', quote: '구청에서', prefix: '송년 음악회\n광산구는 6일 ', suffix: ' 송년 음악회를 열었다.' },
        comments: [{ author: { id: 'u-desk', role: 'desk' }, body: '@신대희 장소를 정확히 써 주세요', mentions: [{ id: 'u-reporter', name: '신대희' }] }],
        resolved: null,
        revision: 1,
      });
      expect(await threads('reporter', roundup)).toEqual([thread]);
      // Comments live apart: the roundup's version and body are as they were, and hold no comment text.
      const after = roundupResponseSchema.parse(await json(await session.clients.reporter.call(apiRoutes.roundup(roundup.id))));
      expect(after.version).toBe(roundup.version);
      expect(JSON.stringify(after)).not.toContain('장소를 정확히');
    });

    it('opens threads on a whole brief and on a photo, for anyone who may read the roundup', async () => {
      const roundup = await create();
      const brief = await open('designer', roundup, { target: { kind: 'brief', briefId: 'b-2' }, body: '사진이 있으면 좋겠습니다' });
      expect(brief.target).toEqual({ kind: 'brief', briefId: 'b-2' });
      const noPhoto = await refused(await send('desk', 'POST', apiRoutes.roundupComments(roundup.id), { target: { kind: 'photo', briefId: 'b-1', photoId: 'p-none' }, body: '캡션 확인' }), 400);
      expect(noPhoto).toMatchObject({ code: 'validation_failed', details: { issues: [{ path: 'target.photoId' }] } });
    });

    it('refuses a quote the brief does not hold, an unknown brief or person, and an empty comment', async () => {
      const roundup = await create();
      const cases: [unknown, string][] = [
        [{ target: quoteTarget(firstText, '없는 말'), body: '확인' }, 'target.quote'],
        [{ target: { kind: 'brief', briefId: 'b-9' }, body: '확인' }, 'target.briefId'],
        [{ target: quoteTarget(), body: '확인', mentions: ['u-nobody'] }, 'mentions[0]'],
        [{ target: quoteTarget(), body: '   ' }, 'body'],
      ];
      for (const [request, path] of cases) {
        const error = await refused(await send('desk', 'POST', apiRoutes.roundupComments(roundup.id), request), 400);
        expect(error.code).toBe('validation_failed');
        expect(error.details?.issues?.map((issue) => issue.path)).toContain(path);
      }
      expect(await threads('desk', roundup)).toEqual([]);
    });

    it('answers, resolves and reopens threads; an answer reopens a resolved thread', async () => {
      const roundup = await create();
      const thread = await open('desk', roundup, { target: quoteTarget(), body: '장소 확인' });
      const replied = commentThreadSchema.parse(await json(await send('reporter', 'POST', apiRoutes.roundupCommentReplies(roundup.id, thread.id), { body: '구청 대강당으로 고쳤습니다' })));
      expect(replied.comments.map((comment) => comment.author.id)).toEqual(['u-desk', 'u-reporter']);
      const resolved = commentThreadSchema.parse(await json(await send('desk', 'POST', apiRoutes.roundupCommentResolve(roundup.id, thread.id))));
      expect(resolved.resolved).toMatchObject({ by: { id: 'u-desk' } });
      const again = commentThreadSchema.parse(await json(await send('desk', 'POST', apiRoutes.roundupCommentResolve(roundup.id, thread.id))));
      expect(again.revision).toBe(resolved.revision);
      const reopened = commentThreadSchema.parse(await json(await send('reporter', 'POST', apiRoutes.roundupCommentReopen(roundup.id, thread.id))));
      expect(reopened.resolved).toBeNull();
      await json(await send('desk', 'POST', apiRoutes.roundupCommentResolve(roundup.id, thread.id)));
      const answered = commentThreadSchema.parse(await json(await send('reporter', 'POST', apiRoutes.roundupCommentReplies(roundup.id, thread.id), { body: '하나 더 있습니다' })));
      expect(answered.resolved).toBeNull();
      expect(await refused(await send('desk', 'POST', apiRoutes.roundupCommentResolve(roundup.id, 'no-such-thread')), 404)).toMatchObject({ code: 'not_found' });
    });

    it('moves a text anchor to where the edited text puts it, and refuses text the brief lacks', async () => {
      const roundup = await create();
      const thread = await open('desk', roundup, { target: quoteTarget(), body: '장소 확인' });
      const edited = `[속보] ${firstText}`;
      await json(await send('reporter', 'PUT', apiRoutes.roundup(roundup.id), { baseVersion: roundup.version, meta: roundup.meta, body: bodyWith(edited) }));
      const moved = commentThreadSchema.parse(await json(await send('reporter', 'PUT', apiRoutes.roundupCommentAnchor(roundup.id, thread.id), { target: quoteTarget(edited) })));
      expect(moved.target).toMatchObject({ quote: '구청에서', start: quoteTarget(edited).start, prefix: '송년 음악회\n[속보] 광산구는 6일 ' });
      const gone = await refused(await send('reporter', 'PUT', apiRoutes.roundupCommentAnchor(roundup.id, thread.id), { target: quoteTarget(edited, '시청에서') }), 400);
      expect(gone.code).toBe('validation_failed');
      const otherBrief = await refused(await send('reporter', 'PUT', apiRoutes.roundupCommentAnchor(roundup.id, thread.id), { target: { kind: 'brief', briefId: 'b-1' } }), 400);
      expect(otherBrief.code).toBe('validation_failed');
    });

    it('notifies the mentioned, the roundup’s reporter, and those answered', async () => {
      const roundup = await create();
      const thread = await open('desk', roundup, { target: quoteTarget(), body: '@신대희 확인 부탁', mentions: ['u-reporter'] });
      await send('designer', 'POST', apiRoutes.roundupCommentReplies(roundup.id, thread.id), { body: '사진 자리도 봐 주세요' });
      const commentsFor = async (role: UserRole) =>
        notificationsResponseSchema
          .parse(await json(await session.clients[role].call(apiRoutes.notifications)))
          .items.flatMap((item) => (item.kind === 'comment' && item.roundupId === roundup.id ? [item] : []));
      const reporter = await commentsFor('reporter');
      expect(reporter.map((item) => [item.comment.author.id, item.mentioned])).toEqual([['u-designer', false], ['u-desk', true]]);
      expect(reporter[1]).toMatchObject({ headline: '의견 시험', threadId: thread.id, excerpt: '구청에서' });
      // The desk hears the designer's answer to its thread, not its own comment.
      expect((await commentsFor('desk')).map((item) => item.comment.author.id)).toEqual(['u-designer']);
      expect(await commentsFor('admin')).toEqual([]);
    });

    it('lets only the opener or an admin delete a thread, and deletes threads with their roundup', async () => {
      const roundup = await create();
      const thread = await open('desk', roundup, { target: quoteTarget(), body: '지울 의견' });
      expect((await refused(await send('reporter', 'DELETE', apiRoutes.roundupCommentThread(roundup.id, thread.id)), 403)).code).toBe('forbidden');
      expect((await send('desk', 'DELETE', apiRoutes.roundupCommentThread(roundup.id, thread.id))).status).toBe(204);
      expect(await threads('desk', roundup)).toEqual([]);
      await open('desk', roundup, { target: { kind: 'brief', briefId: 'b-1' }, body: '남을 의견' });
      expect((await send('reporter', 'DELETE', apiRoutes.roundup(roundup.id))).status).toBe(204);
      expect((await refused(await session.clients.desk.call(apiRoutes.roundupComments(roundup.id)), 404)).code).toBe('not_found');
    });

    it('keeps threads of one roundup from another’s paths', async () => {
      const first = await create();
      const second = await create();
      const thread = await open('desk', first, { target: { kind: 'brief', briefId: 'b-1' }, body: '첫 기사 의견' });
      expect((await refused(await send('desk', 'POST', apiRoutes.roundupCommentResolve(second.id, thread.id)), 404)).code).toBe('not_found');
      expect(await threads('desk', second)).toEqual([]);
    });
  });
}
