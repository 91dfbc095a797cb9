import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

type Bundle = Record<string, unknown>;

// Korean ships with the app; any other language loads when chosen, so a Korean newsroom never downloads it.
const bundleLoaders: Record<Exclude<Language, 'ko'>, () => Promise<Bundle>> = {
  en: () => import('./locales/en').then((module) => module.en),
};

/** An i18next instance in Korean, ready at once. `loadI18n` or `switchLanguage` bring in another language. */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'ko',
    fallbackLng: 'ko',
    supportedLngs: [...supportedLanguages],
    resources: { ko: { translation: ko } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  instance.on('languageChanged', (next) => {
    if (typeof document !== 'undefined') document.documentElement.lang = next;
  });
  if (typeof document !== 'undefined') document.documentElement.lang = 'ko';
  return instance;
}

/** Switches to `language`, loading its strings first if this instance has not got them yet. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (language !== 'ko' && !instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await bundleLoaders[language]());
  }
  await instance.changeLanguage(language);
}

/**
 * Korean by default; English when the user chose it before. Resolves once the strings are there, in Korean when
 * the chosen language's strings could not be loaded (the app must still start).
 */
export async function loadI18n(language: Language = storedLanguage()): Promise<I18n> {
  const instance = createI18n();
  try {
    await switchLanguage(instance, language);
  } catch (error) {
    console.warn(`Could not load the "${language}" strings; staying in Korean.`, error);
  }
  return instance;
}
