import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/router';
import type { Notification } from '@/contract/notification-endpoints';
import { useCurrentUser } from '@/lib/current-user';
import { formatDateTime } from '@/lib/kst-datetime';
import { useNumberFormat } from '@/lib/use-number-format';
import { useNotifications } from '../api/get-notifications';

function seenKey(userId: string): string {
  return `bureau.notifications.seen.${userId}`;
}

function readSeen(userId: string): number {
  try {
    return Number(localStorage.getItem(seenKey(userId)) ?? 0) || 0;
  } catch {
    return 0;
  }
}

function keyOf(item: Notification): string {
  return item.kind === 'review' ? `review-${item.roundupId}-${item.event.revision}` : `comment-${item.comment.id}`;
}

/** Where a notification leads: the roundup, opened at the thread for a comment. */
function linkOf(item: Notification): string {
  const roundup = `/roundups/${encodeURIComponent(item.roundupId)}`;
  return item.kind === 'review' ? roundup : `${roundup}?comment=${encodeURIComponent(item.threadId)}`;
}

function NotificationEntry({ item }: { item: Notification }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span className="block text-sm">
        {item.kind === 'review' ? (
          <>
            <strong>{item.event.actor.name}</strong> · {t(`review.actions.${item.event.action}`)}
          </>
        ) : item.mentioned ? (
          t('notifications.mentioned', { name: item.comment.author.name })
        ) : (
          t('notifications.commented', { name: item.comment.author.name })
        )}
      </span>
      <span className="block truncate text-sm text-slate-800">
        {item.kicker && `[${item.kicker}] `}
        {item.headline || t('dashboard.untitled')}
      </span>
      {item.kind === 'review' && item.event.note !== undefined && (
        <span className="block truncate text-xs text-slate-700">{item.event.note}</span>
      )}
      {item.kind === 'comment' && (
        <>
          {item.excerpt !== '' && <q className="block truncate text-xs text-slate-700">{item.excerpt}</q>}
          <span className="block truncate text-xs text-slate-800">{item.comment.body}</span>
        </>
      )}
      <time className="text-xs text-slate-600" dateTime={item.at}>
        {formatDateTime(item.at, i18n.language)}
      </time>
    </>
  );
}

/** What others did that concerns me (review steps, comments and mentions), with how much is new; refreshed live. */
export function NotificationsMenu() {
  const { t } = useTranslation();
  const formatNumber = useNumberFormat();
  const user = useCurrentUser();
  const id = useId();
  const notifications = useNotifications();
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState(() => readSeen(user.id));
  const container = useRef<HTMLDivElement>(null);
  const items = notifications.data?.items ?? [];
  const unread = items.filter((item) => Date.parse(item.at) > seen).length;

  useEffect(() => {
    if (!open) return;
    function close(event: MouseEvent) {
      if (container.current !== null && !container.current.contains(event.target as Node)) setOpen(false);
    }
    function escape(event: KeyboardEvent) {
      if (event.key === 'Escape') setOpen(false);
    }
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  function toggle() {
    const next = !open;
    setOpen(next);
    if (next && items.length > 0) {
      const latest = Math.max(...items.map((item) => Date.parse(item.at)));
      setSeen(latest);
      try {
        localStorage.setItem(seenKey(user.id), String(latest));
      } catch {
        // Private mode: the count simply starts over next time.
      }
    }
  }

  return (
    <div ref={container} className="relative">
      <button type="button" className="btn-secondary" aria-expanded={open} aria-controls={`${id}-list`} onClick={toggle}>
        {t('notifications.title')}
        {unread > 0 && (
          <span className="rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white" aria-label={t('notifications.unread', { count: unread })}>
            {formatNumber(unread)}
          </span>
        )}
      </button>
      {open && (
        <div id={`${id}-list`} className="notifications-panel" role="region" aria-label={t('notifications.title')}>
          {items.length === 0 ? (
            <p className="p-3 text-sm text-slate-600">{t('notifications.empty')}</p>
          ) : (
            <ul className="flex flex-col">
              {items.map((item) => (
                <li key={keyOf(item)} className="border-b border-slate-100 last:border-b-0">
                  <Link to={linkOf(item)} className="block px-3 py-2 hover:bg-slate-50" onClick={() => setOpen(false)}>
                    <NotificationEntry item={item} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
