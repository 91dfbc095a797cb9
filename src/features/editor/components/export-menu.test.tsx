// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRoutes } from '@/contract/routes';
import { sessionResponseSchema } from '@/contract/user-endpoints';
import { createMockHandlers } from '@/mocks/handlers';
import { createTestMockApi, inMemorySessionCookies } from '@/mocks/test-mock-api';
import { gwangjuRoundupBody, gwangjuRoundupMetadata } from '@/schema/demo/gwangju-roundup';
import type { Actor } from '@/services/actor';
import { demoPassword } from '@/services/demo-accounts';
import { createRoundupService } from '@/services/roundup-service';
import { ToastProvider } from '@/components/ui/toast-provider';
import { apiRequest } from '@/lib/api-client';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import type { SaveState } from '../hooks/save-state';
import { ExportMenu } from './export-menu';

const saved: SaveState = { kind: 'saved', savedAt: '2026-11-30T02:00:00.000Z' };

let server: ReturnType<typeof setupServer>;
let roundupId: string;
let requests: string[];
/** What the page handed to the browser to save: the object URL's blob and the link's file name. */
let downloads: { blob: Blob; fileName: string }[];

beforeEach(async () => {
  const { app, storage } = await createTestMockApi({ sessionCookies: inMemorySessionCookies() });
  const roundups = createRoundupService({ storage: storage.roundups, clock: () => new Date(), generateId: () => 'gwangju-roundup' });
  const reporter: Actor = { id: 'u-reporter', name: '신대희', role: 'reporter' };
  roundupId = (await roundups.create(reporter, { meta: gwangjuRoundupMetadata, body: gwangjuRoundupBody })).id;
  server = setupServer(...createMockHandlers({ app, baseUrl: window.location.origin }));
  server.listen({ onUnhandledRequest: 'error' });
  await apiRequest(apiRoutes.session, {
    method: 'POST',
    json: { email: 'reporter@bureau.test', password: demoPassword },
    schema: sessionResponseSchema,
  });
  requests = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}${url.search}`);
  });

  downloads = [];
  const blobs = new Map<string, Blob>();
  // jsdom has neither object URLs nor downloads: keep the blob, and record what the link would save.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:test/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: (url: string) => void blobs.delete(url) });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob !== undefined) downloads.push({ blob, fileName: this.download });
  });
});

afterEach(() => {
  server.close();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

function renderMenu(flush: () => Promise<SaveState>) {
  render(
    <I18nextProvider i18n={createI18n()}>
      <QueryClientProvider client={createQueryClient()}>
        <ToastProvider>
          <ExportMenu roundupId={roundupId} flush={flush} />
        </ToastProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('export menu', () => {
  it('saves first, then downloads the wire text under the file name the server gives', async () => {
    const person = userEvent.setup();
    const flush = vi.fn(async () => saved);
    renderMenu(flush);

    await person.click(screen.getByRole('button', { name: /내보내기/ }));
    const wire = screen.getByRole('menuitem', { name: /통신 기사 텍스트/ });
    expect(wire).toHaveFocus();
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      '통신 기사 텍스트.txt 파일',
      'HTML.html 파일',
      'NewsML-G2.xml 파일',
      'ninjs.json 파일',
    ]);
    await person.click(wire);

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(flush).toHaveBeenCalledOnce();
    expect(requests).toEqual([`GET /api/roundups/${roundupId}/export?format=wire`]);
    expect(downloads[0]!.fileName).toBe(`${roundupId}-v1.txt`);
    expect(await downloads[0]!.blob.text()).toMatch(/^【광주=뉴시스】/);
    expect(await screen.findByRole('status')).toHaveTextContent(`${roundupId}-v1.txt 파일을 내려받았습니다.`);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /내보내기/ })).toHaveFocus();
  });

  it('works from the keyboard: Enter opens, arrows move and wrap, Escape closes and returns the focus', async () => {
    const person = userEvent.setup();
    renderMenu(async () => saved);
    const button = screen.getByRole('button', { name: /내보내기/ });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    button.focus();
    await person.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = () => screen.getAllByRole('menuitem');
    expect(items()[0]).toHaveFocus();
    await person.keyboard('{ArrowDown}');
    expect(items()[1]).toHaveFocus();
    await person.keyboard('{ArrowUp}{ArrowUp}');
    expect(items()[3]).toHaveFocus();
    await person.keyboard('{ArrowDown}');
    expect(items()[0]).toHaveFocus();
    await person.keyboard('{End}');
    expect(items()[3]).toHaveFocus();
    await person.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await person.keyboard(' ');
    expect(items()[0]).toHaveFocus();
    await person.keyboard('{Escape}{ArrowUp}');
    expect(items()[3]).toHaveFocus();
    await person.keyboard('{ArrowUp}{ArrowUp}{Enter}');
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.fileName).toBe(`${roundupId}-v1.html`);
    expect(await downloads[0]!.blob.text()).toMatch(/^<!doctype html>/i);
  });

  it('exports nothing while the editor could not save', async () => {
    const person = userEvent.setup();
    renderMenu(async () => ({ kind: 'error', error: new Error('rejected') }));
    await person.click(screen.getByRole('button', { name: /내보내기/ }));
    await person.click(screen.getByRole('menuitem', { name: /NewsML-G2/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('저장하지 못한 내용이 있어 내보내지 않았습니다.');
    expect(requests).toEqual([]);
    expect(downloads).toEqual([]);
  });
});
