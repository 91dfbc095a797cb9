import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n, switchLanguage, type LazyTranslations } from '../i18n';
import { en as mainEn } from './en';
import { ko as mainKo } from './ko';

// The strings of the screens that load lazily (src/lib/locales/lazy), each registered by its chunk.
const lazyModules = import.meta.glob<Record<string, LazyTranslations<Record<string, unknown>>>>('./lazy/*.ts', { eager: true });
const lazyBundles = Object.entries(lazyModules).flatMap(([file, exports]) => Object.values(exports).map((bundle) => ({ file, bundle })));

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const ko = [mainKo, ...lazyBundles.map(({ bundle }) => bundle.ko)];
const en = [mainEn, ...lazyBundles.map(({ bundle }) => bundle.en)];
const koKeys = new Set(ko.flatMap((translations) => flatten(translations)));
const enKeys = new Set(en.flatMap((translations) => flatten(translations)).map((key) => key.replace(pluralSuffix, '')));

describe('translations', () => {
  it('English has every Korean key and nothing else', () => {
    expect([...koKeys].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys].filter((key) => !koKeys.has(key))).toEqual([]);
  });

  it('each lazy bundle has its English keys beside its Korean ones, and no key lives in two bundles', () => {
    expect(lazyBundles.length).toBeGreaterThan(5);
    for (const { file, bundle } of lazyBundles) {
      const english = new Set(flatten(bundle.en).map((key) => key.replace(pluralSuffix, '')));
      expect({ file, missing: flatten(bundle.ko).filter((key) => !english.has(key)) }).toEqual({ file, missing: [] });
    }
    const all = ko.flatMap((translations) => flatten(translations));
    expect(all.filter((key, index) => all.indexOf(key) !== index)).toEqual([]);
  });

  it('a lazy bundle is in every instance, the ones made before it registered too, and English still loads whole', async () => {
    const { linkDialogTranslations } = await import('./lazy/link-dialog');
    const i18n = createI18n();
    expect(i18n.t('link.apply')).toBe(linkDialogTranslations.ko.link.apply);
    await switchLanguage(i18n, 'en');
    expect(i18n.t('link.apply')).toBe('Apply');
    expect(i18n.t('app.language')).toBe('Language');
  });

  it('every key the code asks for exists', () => {
    const root = join(import.meta.dirname, '..', '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !koKeys.has(key))).toEqual([]);
  });

  it('no translation is left empty', () => {
    for (const translations of [...ko, ...en]) {
      const empty = flatten(translations).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], translations);
        return typeof value === 'string' && value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });

  it('formats every count for the language it is read in', async () => {
    const unformatted = [...ko, ...en].flatMap((translations) =>
      flatten(translations).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], translations);
        return typeof value === 'string' && value.includes('{{count}}');
      }),
    );
    expect(unformatted).toEqual([]);

    const i18n = createI18n();
    expect(i18n.t('import.characters', { count: 12345 })).toBe('12,345자');
    await switchLanguage(i18n, 'en');
    expect(i18n.t('import.characters', { count: 12345 })).toBe('12,345 characters');
    expect(i18n.t('import.characters', { count: 1 })).toBe('1 character');
  });
});
