import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from './describe-api-error';

/** `describeApiError` in the current UI language, for components. */
export function useDescribeApiError(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback((error: unknown) => describeApiError(error, t, i18n.language), [t, i18n.language]);
}
