import { describe, expect, it } from 'vitest';
import { apiErrorCodes, apiErrorStatus } from '@/contract/error-codes';
import { ApiError, type ClientErrorCode } from './api-error';
import { describeApiError } from './describe-api-error';
import { createI18n, switchLanguage } from './i18n';
import { en } from './locales/en';
import { ko } from './locales/ko';
import { accountErrorsTranslations } from './locales/lazy/account-errors';
import { importTranslations } from './locales/lazy/import';
import { setupTranslations } from './locales/lazy/setup';

const clientCodes: ClientErrorCode[] = ['network', 'bad_response', 'timeout'];
const rawSentence = 'roundup "r-123" does not exist in the storage';

async function translators() {
  const korean = createI18n();
  const english = createI18n();
  await switchLanguage(english, 'en');
  // The codes only the accounts, setup and import screens can meet have their messages in those screens' bundles.
  const lazy = [accountErrorsTranslations, setupTranslations, importTranslations];
  const codesOf = (language: 'ko' | 'en', main: Record<string, string>): Record<string, string> =>
    Object.assign({}, main, ...lazy.map((bundle) => bundle[language].apiError.codes));
  return [
    { language: 'ko', t: korean.t, codes: codesOf('ko', ko.apiError.codes) },
    { language: 'en', t: english.t, codes: codesOf('en', en.apiError.codes) },
  ] as const;
}

describe('describeApiError', () => {
  it('has a Korean and an English message for EVERY code of the API and of the client', async () => {
    for (const { language, t, codes } of await translators()) {
      const missing = [...apiErrorCodes, ...clientCodes].filter((code) => typeof codes[code] !== 'string' || codes[code].trim() === '');
      expect(missing, `codes without a ${language} message`).toEqual([]);
      for (const code of apiErrorCodes) {
        const message = describeApiError(new ApiError(code, rawSentence, apiErrorStatus[code]), t, language);
        expect(message).not.toContain('r-123');
        expect(message).not.toBe(t('apiError.unknown'));
      }
    }
  });

  it('never shows the server’s sentence, whatever the error', async () => {
    for (const { language, t } of await translators()) {
      expect(describeApiError(new ApiError('bad_response', 'HTTP 502', 502), t, language)).not.toContain('HTTP');
      expect(describeApiError(new Error('TypeError: x is undefined'), t, language)).toBe(t('apiError.unknown'));
    }
  });

  it('gives a size limit in MB, in the user’s language', async () => {
    const [korean, english] = await translators();
    const error = new ApiError('payload_too_large', 'the request is larger than the limit of 2359296 bytes', 413, { limitBytes: 2_359_296 });
    expect(describeApiError(error, korean.t, 'ko')).toBe('보낸 내용이 너무 큽니다. 2.3MB까지 보낼 수 있습니다.');
    expect(describeApiError(error, english.t, 'en')).toBe('What was sent is too large: the limit is 2.3 MB.');
  });

  it('names who holds a lock, the place of an invalid part, and why a text could not be imported', async () => {
    const [korean] = await translators();
    const lock = {
      roundupId: 'r-1',
      lockId: 'lock-0001',
      holder: { id: 'u-desk', name: '김데스크' },
      acquiredAt: '2026-12-01T00:00:00.000Z',
      heartbeatAt: '2026-12-01T00:00:00.000Z',
      expiresAt: '2026-12-01T00:01:00.000Z',
      takeover: null,
      revision: 1,
    };
    expect(describeApiError(new ApiError('locked', 'held by u-desk', 423, { lock }), korean.t, 'ko')).toBe('김데스크 님이 이 기사를 편집하고 있습니다.');
    const invalid = new ApiError('invalid_body', 'unknown field', 400, {
      issues: [{ path: 'content[1]', location: 'brief 2 › paragraph 3', message: 'unknown field "x"' }],
    });
    expect(describeApiError(invalid, korean.t, 'ko')).toBe('입력한 내용 가운데 올바르지 않은 것이 있습니다: 2번째 브리프 › 3번째 문단');
    expect(describeApiError(new ApiError('import_failed', 'no briefs', 422, { reason: 'no_briefs' }), korean.t, 'ko')).toBe(
      '텍스트에서 브리프를 찾지 못했습니다.',
    );
  });

  it('says when the server asked to be tried again, in Korea time', async () => {
    const [korean, english] = await translators();
    const error = new ApiError('internal', 'boom', 503, undefined, Date.parse('2026-12-01T05:07:00.000Z'));
    expect(describeApiError(error, korean.t, 'ko')).toMatch(/(오후|PM) 02:07/);
    expect(describeApiError(error, english.t, 'en')).toContain('02:07 PM');
  });
});
