import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from '@/lib/router';
import { useToast } from '@/components/ui/use-toast';
import { rememberLanguage, supportedLanguages, switchLanguage as loadAndSwitch, type Language } from '@/lib/i18n';

export interface DemoBackendControls {
  reset: () => Promise<void>;
}

// eslint-disable-next-line bureau/no-hardcoded-ui-strings -- each language is named in itself, whatever the UI language, so a reader finds their own
const languageNames: Record<Language, string> = { ko: '한국어', en: 'English' };

/** Landmarks, skip link, navigation, language switch and (on the mock backend) the demo banner. */
export function AppShell({
  children,
  demo,
  account,
}: {
  children: ReactNode;
  demo: DemoBackendControls | null;
  account: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();

  function switchLanguage(language: Language) {
    rememberLanguage(language);
    loadAndSwitch(i18n, language).catch(() => toast.show({ tone: 'error', message: t('app.languageLoadFailed') }));
  }

  async function resetDemo() {
    if (demo === null || !window.confirm(t('app.resetDemoConfirm'))) return;
    await demo.reset();
    window.location.assign('/');
  }

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="flex items-center gap-6 px-6 py-3">
          <NavLink to="/" className="flex items-baseline gap-2 text-slate-900 no-underline">
            <span className="text-xl font-bold tracking-tight">◇ {t('app.name')}</span>
            <span className="hidden text-sm text-slate-600 md:inline">{t('app.tagline')}</span>
          </NavLink>
          <nav aria-label={t('nav.main')} className="flex-1">
            <ul className="flex gap-4 text-sm">
              <li>
                <NavLink to="/" end className={({ isActive }) => `nav-link${isActive ? ' is-active' : ''}`}>
                  {t('nav.roundups')}
                </NavLink>
              </li>
            </ul>
          </nav>
          {account}
          <div role="group" aria-label={t('app.language')} className="flex gap-1 text-sm">
            {supportedLanguages.map((language) => (
              <button
                key={language}
                type="button"
                lang={language}
                className={`language-button${i18n.resolvedLanguage === language ? ' is-active' : ''}`}
                aria-pressed={i18n.resolvedLanguage === language}
                onClick={() => switchLanguage(language)}
              >
                {languageNames[language]}
              </button>
            ))}
          </div>
        </div>
        {demo && (
          <div className="flex items-center gap-3 border-t border-amber-200 bg-amber-50 px-6 py-1.5 text-xs text-amber-950">
            <span>{t('app.mockBackend')}</span>
            <button type="button" className="link text-xs" onClick={() => void resetDemo()}>
              {t('app.resetDemo')}
            </button>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1} className="flex min-h-0 flex-1 flex-col">
        {children}
      </main>
    </div>
  );
}
