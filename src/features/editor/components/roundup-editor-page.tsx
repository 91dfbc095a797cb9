import { useParams, Link } from '@/lib/router';
import { useTranslation } from 'react-i18next';
import { useDescribeApiError } from '@/lib/use-describe-api-error';
import { isApiError } from '@/lib/api-error';
import { useRoundup } from '../api/get-roundup';
import { EditorWorkspace } from './editor-workspace';

/** Route `/roundups/:id`: loads the roundup, then hands it to the workspace (keyed, so switching starts fresh). */
export function RoundupEditorPage() {
  const { t } = useTranslation();
  const describeError = useDescribeApiError();
  const { id = '' } = useParams();
  const query = useRoundup(id);

  if (query.isPending) {
    return (
      <p role="status" className="p-8 text-slate-700">
        {t('common.loading')}
      </p>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error, 'not_found');
    return (
      <div role="alert" className="mx-auto max-w-xl p-8">
        <h1 className="text-xl font-semibold">{notFound ? t('editor.notFound') : t('editor.loadFailed')}</h1>
        <p className="mt-2 text-slate-700">{describeError(query.error)}</p>
        <div className="mt-4 flex gap-2">
          {!notFound && (
            <button type="button" className="btn-primary" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </button>
          )}
          <Link to="/" className="btn-secondary">
            {t('nav.roundups')}
          </Link>
        </div>
      </div>
    );
  }
  return <EditorWorkspace key={query.data.id} roundup={query.data} />;
}
