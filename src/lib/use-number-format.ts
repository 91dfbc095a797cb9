import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats a count for the UI language (digit grouping and all), anew when the language changes. */
export function useNumberFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(language);
    return (value: number) => format.format(value);
  }, [language]);
}
