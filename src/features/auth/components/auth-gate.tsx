import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { onSignedOut } from '@/lib/api-client';
import { CurrentUserContext } from '@/lib/current-user';
import { matchPath } from '@/lib/router';
import { useRouter } from '@/lib/router/router-context';
import { setupScreenPath } from '@/contract/setup-screen-path';
import { useSession } from '../api/get-session';
import { endSession } from '../lib/end-session';
import { SignInPage } from './sign-in-page';

// Opened once in a server's life, from the printed link: nobody else downloads it.
const SetupPage = lazy(() => import('./setup-page').then((module) => ({ default: module.SetupPage })));

interface AuthGateProps {
  children: ReactNode;
  showDemoAccounts: boolean;
  /** Wraps what the gate shows (the app shell), told whether someone is signed in. */
  frame: (content: ReactNode, signedIn: boolean) => ReactNode;
}

/**
 * Shows the sign-in page until there is a session (the first-run setup screen instead at `/setup`), then the app with
 * the user in context.
 */
export function AuthGate({ children, showDemoAccounts, frame }: AuthGateProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = useSession();
  const { location } = useRouter();

  // One 401, from any request, ends the session in the app: the sign-in page, once, and no request loop.
  useEffect(() => onSignedOut(() => endSession(queryClient)), [queryClient]);

  if (session.isPending) {
    return frame(
      <p role="status" className="p-8 text-slate-700">
        {t('common.loading')}
      </p>,
      false,
    );
  }
  if (session.isError) {
    return frame(
      <div role="alert" className="mx-auto max-w-md p-8">
        <p>{t('auth.backendUnreachable')}</p>
        <button type="button" className="btn-primary mt-4" onClick={() => void session.refetch()}>
          {t('common.retry')}
        </button>
      </div>,
      false,
    );
  }
  if (session.data === null) {
    const setup = matchPath(setupScreenPath, location.pathname) !== null;
    const loading = (
      <p role="status" className="p-8 text-slate-700">
        {t('common.loading')}
      </p>
    );
    return frame(
      setup ? (
        <Suspense fallback={loading}>
          <SetupPage />
        </Suspense>
      ) : (
        <SignInPage showDemoAccounts={showDemoAccounts} />
      ),
      false,
    );
  }
  return (
    <CurrentUserContext.Provider value={session.data.user}>{frame(children, true)}</CurrentUserContext.Provider>
  );
}
