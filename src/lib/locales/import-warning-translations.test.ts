import { describe, expect, it } from 'vitest';
import { importWarningCodes } from '@/import/import-roundup-text';
import { importTranslations } from '@/lib/locales/lazy/import';

describe('import warning translations', () => {
  it('has a Korean and an English text for every warning code the importer raises', () => {
    const missing = (translations: Record<string, string>) => importWarningCodes.filter((code) => !Object.hasOwn(translations, code));
    expect(missing(importTranslations.ko.import.warnings)).toEqual([]);
    expect(missing(importTranslations.en.import.warnings)).toEqual([]);
  });
});
