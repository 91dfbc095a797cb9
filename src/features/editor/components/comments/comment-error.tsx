import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-error';
import { describeApiError } from '@/lib/describe-api-error';
import '@/lib/locales/lazy/comments';

function describe(t: TFunction, error: unknown, locale: string): string {
  // What the server said is English for developers: the user reads it from the code, in their language.
  const message = describeApiError(error, t, locale);
  if (!isApiError(error)) return t('comments.errors.generic', { message });
  switch (error.code) {
    case 'forbidden':
      return t('comments.errors.forbidden');
    case 'not_found':
      return t('comments.errors.notFound');
    case 'version_conflict':
      return t('comments.errors.conflict');
    case 'network':
      return t('comments.errors.network');
    case 'validation_failed':
    case 'invalid_body': {
      const path = error.details?.issues?.[0]?.path ?? '';
      if (path === 'target.quote') return t('comments.errors.quoteGone');
      if (path.startsWith('target')) return t('comments.errors.targetGone');
      return t('comments.errors.invalid', { message });
    }
    default:
      return t('comments.errors.generic', { message });
  }
}

/** A failed comment request, said in the reader's language, next to what failed. */
export function CommentError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (error === null || error === undefined) return null;
  return (
    <p role="alert" className="comment-error">
      {describe(t, error, i18n.language)}
    </p>
  );
}
