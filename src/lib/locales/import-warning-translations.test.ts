import { describe, expect, it } from 'vitest';
import { importWarningCodes } from '@/import/import-roundup-text';
import { en } from '@/lib/locales/en';
import { ko } from '@/lib/locales/ko';

describe('import warning translations', () => {
  it('has a Korean and an English text for every warning code the importer raises', () => {
    const missing = (translations: Record<string, string>) => importWarningCodes.filter((code) => !Object.hasOwn(translations, code));
    expect(missing(ko.import.warnings)).toEqual([]);
    expect(missing(en.import.warnings)).toEqual([]);
  });
});
