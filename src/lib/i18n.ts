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
type PluralKey = `${string}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`;
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> } & { [key: PluralKey]: string };

/** The strings of a screen or dialog that loads lazily, in every language, English key for Korean key. */
export interface LazyTranslations<T extends Bundle> {
  ko: T;
  en: Widen<T>;
}

// Lazy chunks register their strings when they are evaluated, that is before anything in them renders; every
// instance gets them, the ones created before (the app's) and after (tests create their own).
const registered: Record<Language, Bundle>[] = [];
const instances = new Set<WeakRef<I18n>>();
// Which languages' main bundle an instance has: a registered lazy bundle alone brings an English namespace with it.
const loadedLanguages = new WeakMap<I18n, Set<Language>>();

function addLazyTranslations(instance: I18n, translations: Record<Language, Bundle>): void {
  for (const language of supportedLanguages) instance.addResourceBundle(language, 'translation', translations[language], true, false);
}

/** Adds the strings of a lazily loaded screen to every i18n instance; call it at the top level of the screen's module. */
export function registerTranslations<T extends Bundle>(translations: { ko: T; en: NoInfer<Widen<T>> }): LazyTranslations<T> {
  if (registered.includes(translations)) return translations;
  registered.push(translations);
  for (const reference of instances) {
    const instance = reference.deref();
    if (instance === undefined) instances.delete(reference);
    else addLazyTranslations(instance, translations);
  }
  return translations;
}

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
  loadedLanguages.set(instance, new Set(['ko']));
  for (const translations of registered) addLazyTranslations(instance, translations);
  instances.add(new WeakRef(instance));
  return instance;
}

/** Switches to `language`, loading its strings first if this instance has not got them yet. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  const loaded = loadedLanguages.get(instance) ?? new Set<Language>(['ko']);
  if (language !== 'ko' && !loaded.has(language)) {
    instance.addResourceBundle(language, 'translation', await bundleLoaders[language](), true, false);
    loaded.add(language);
    loadedLanguages.set(instance, loaded);
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
