import type { TFunction } from 'i18next';
import { isApiError, type ApiError } from './api-error';
import { describeIssueLocation } from './describe-issue-location';
import { formatClockTime } from './kst-datetime';

const megabyte = 1024 * 1024;

function describeCode(error: ApiError, t: TFunction, locale: string): string {
  const details = error.details;
  switch (error.code) {
    case 'payload_too_large':
      if (details?.limitBytes !== undefined) {
        const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(details.limitBytes / megabyte);
        return t('apiError.tooLarge', { limit: t('apiError.megabytes', { size }) });
      }
      break;
    case 'locked':
      if (details?.lock !== undefined) return t('apiError.lockedBy', { name: details.lock.holder.name });
      break;
    case 'import_failed': {
      const reason = details?.reason;
      if (reason === 'empty' || reason === 'too_large' || reason === 'html' || reason === 'no_briefs') {
        return t(`apiError.importReasons.${reason}`);
      }
      break;
    }
    case 'validation_failed':
    case 'invalid_body': {
      const location = details?.issues?.[0]?.location;
      const place = location === undefined ? null : describeIssueLocation(location, t);
      if (place !== null) return t('apiError.invalidAt', { location: place });
      break;
    }
    default:
      break;
  }
  const key = `apiError.codes.${error.code}`;
  return t(key, { defaultValue: t('apiError.unknown') });
}

/**
 * What to tell the user about a failed request, in their language, from the error's stable `code` and `details`
 * (sizes in MB, people by name, places in the document by their names): never the server's own sentence, which is
 * English and written for developers. When the server said when to try again, the message says that too (in Korea time).
 */
export function describeApiError(error: unknown, t: TFunction, locale: string): string {
  if (!isApiError(error)) return t('apiError.unknown');
  const message = describeCode(error, t, locale);
  if (error.retryAt === null) return message;
  return t('apiError.retryAt', { message, time: formatClockTime(new Date(error.retryAt).toISOString(), locale) });
}
