import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { ko } from './locales/ko';

export const supportedLanguages = ['ko', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

const storageKey = 'bureau.language';

function isLanguage(value: string | null): value is Language {
  return value !== null && (supportedLanguages as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey) ?? null;
    return isLanguage(stored) ? stored : 'ko';
  } catch {
    return 'ko';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Private mode or a full quota: the switch still works for this page.
  }
}

/** Korean by default; English when the user chose it before. */
export function createI18n(language: Language = storedLanguage()) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'ko',
    supportedLngs: [...supportedLanguages],
    resources: { ko: { translation: ko }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  instance.on('languageChanged', (next) => {
    if (typeof document !== 'undefined') document.documentElement.lang = next;
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return instance;
}
