import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowed } from '@/services/access-rules';
import { useCurrentUser } from '@/lib/current-user';
import { preloadableLazy } from '@/lib/preloadable-lazy';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { lazyDialogFallback } from '@/components/ui/lazy-dialog-fallback';

// The importer and the article renderer load with the dialog, not with the dashboard.
const ImportDialog = preloadableLazy(() => import('./import-dialog').then((module) => module.ImportDialog));

/** The dashboard's "Import from text" button and its dialog, for the roles that may create roundups. */
export function ImportFromText() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!isAllowed(user, 'create')) return null;
  return (
    <>
      <button ref={opener} type="button" className="btn-secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('import.open')}
      </button>
      {open && (
        <ErrorBoundary fallback={lazyDialogFallback(ImportDialog, () => setOpen(false), t('errorBoundary.close'))}>
          <Suspense fallback={null}>
            <ImportDialog
              onClose={() => {
                setOpen(false);
                opener.current?.focus();
              }}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
