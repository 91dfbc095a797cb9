import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeApiError } from '@/lib/use-describe-api-error';
import { Link, useNavigate } from '@/lib/router';
import type { RoundupSummary } from '@/contract/roundup-endpoints';
import { useToast } from '@/components/ui/use-toast';
import { formatDateTime } from '@/lib/kst-datetime';
import { useCurrentUser } from '@/lib/current-user';
import { isAllowed } from '@/services/access-rules';
import { useCreateRoundup } from '../api/create-roundup';
import { useDeleteRoundup } from '../api/delete-roundup';
import { noListFilters, useRoundupList, type RoundupListFilters } from '../api/list-roundups';
import { roundupStatusSchema } from '@/schema/roundup-status';
import { usePeople } from '../api/list-people';
import { DeskFilters } from './desk-filters';
import { StatusTabs } from './status-tabs';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import '@/lib/locales/lazy/dashboard';

function StatusBadge({ status }: { status: RoundupSummary['status'] }) {
  const { t } = useTranslation();
  const tone =
    status === 'published'
      ? 'bg-emerald-100 text-emerald-900'
      : status === 'changes_requested' || status === 'withdrawn'
        ? 'bg-amber-100 text-amber-900'
        : 'bg-slate-100 text-slate-800';
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>{t(`status.${status}`)}</span>;
}

interface DashboardPageProps {
  /** More ways to start a roundup, from other features (import from text), shown beside "new roundup". */
  createActions?: ReactNode;
}

/**
 * A roundup that is or was published is part of the record: the server refuses to delete it (`wasEverPublished` in
 * src/services/workflow-rules.ts). Published and withdrawn are the only statuses after a publication (nothing leads
 * back), so the list's status is enough to tell.
 */
function isOnRecord(status: RoundupSummary['status']): boolean {
  return status === 'published' || status === 'withdrawn';
}

/**
 * The list of roundups for reporters and desks alike: grouped by status with counts, filtered by region, reporter,
 * desk and day; status, headline, brief count, last change; search; create; delete.
 */
export function DashboardPage({ createActions }: DashboardPageProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const describeError = useDescribeApiError();
  const toast = useToast();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<RoundupListFilters>(noListFilters);
  const debouncedSearch = useDebouncedValue(search, 200);
  const debouncedRegion = useDebouncedValue(filters.region, 200);
  const list = useRoundupList({ ...filters, q: debouncedSearch, region: debouncedRegion });
  // Regions seen so far, offered as suggestions; kept while a filter hides some of them.
  const [regions, setRegions] = useState<string[]>([]);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const counts = list.data?.pages[0]?.counts;
  const listedRegions = items.map((item) => item.region.trim()).filter((region) => region !== '');
  if (listedRegions.some((region) => !regions.includes(region))) {
    setRegions([...new Set([...regions, ...listedRegions])].sort((left, right) => left.localeCompare(right, 'ko')));
  }
  const create = useCreateRoundup();
  const remove = useDeleteRoundup();
  // Only what the server would allow is offered (the rules are the server's own, from src/services).
  const user = useCurrentUser();
  const mayCreate = isAllowed(user, 'create');
  const mayDelete = (item: RoundupSummary) => isAllowed(user, 'delete', item) && !isOnRecord(item.status);

  function createRoundup() {
    create.mutate(
      {},
      {
        onSuccess: (roundup) => void navigate(`/roundups/${roundup.id}`),
        onError: (error) => toast.show({ tone: 'error', message: t('dashboard.createFailed', { message: describeError(error) }) }),
      },
    );
  }

  function deleteRoundup(summary: RoundupSummary) {
    const headline = summary.headline || t('dashboard.untitled');
    if (!window.confirm(t('dashboard.deleteConfirm', { headline }))) return;
    remove.mutate(summary.id, {
      onSuccess: () => toast.show({ message: t('dashboard.deleted') }),
      onError: (error) => toast.show({ tone: 'error', message: t('dashboard.deleteFailed', { message: describeError(error) }) }),
    });
  }

  const people = usePeople();
  const nameOf = (id: string) => people.data?.items.find((person) => person.id === id)?.name ?? id;
  const selectedStatus = roundupStatusSchema.safeParse(filters.status);
  const total =
    counts === undefined ? items.length : selectedStatus.success ? counts[selectedStatus.data] : Object.values(counts).reduce((sum, count) => sum + count, 0);

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-6 py-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('dashboard.title')}</h1>
          {list.data && <p className="text-sm text-slate-600">{t('dashboard.count', { count: total })}</p>}
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor={searchId} className="text-xs font-medium text-slate-700">
              {t('dashboard.search')}
            </label>
            <input
              id={searchId}
              type="search"
              className="field w-64"
              value={search}
              placeholder={t('dashboard.searchPlaceholder')}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
          {createActions}
          {mayCreate && (
            <button type="button" className="btn-primary" onClick={createRoundup} disabled={create.isPending}>
              {create.isPending ? t('dashboard.creating') : `+ ${t('dashboard.create')}`}
            </button>
          )}
        </div>
      </div>

      <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <StatusTabs
          counts={counts}
          selected={selectedStatus.success ? selectedStatus.data : ''}
          onSelect={(status) => setFilters({ ...filters, status })}
        />
        <DeskFilters filters={filters} regions={regions} onChange={setFilters} />
      </div>

      {list.isError && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
          {t('dashboard.loadFailed')}{' '}
          <button type="button" className="link" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {list.isPending && (
        <p role="status" className="text-slate-700">
          {t('common.loading')}
        </p>
      )}
      {list.isSuccess && items.length === 0 && (
        <p className="rounded-md border border-dashed border-slate-300 p-8 text-center text-slate-700">
          {debouncedSearch
            ? t('dashboard.noMatch', { search: debouncedSearch })
            : Object.entries(filters).some(([, value]) => value !== '')
              ? t('dashboard.noMatchFilters')
              : t('dashboard.empty')}
        </p>
      )}
      {items.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('dashboard.title')}</caption>
            <thead className="bg-slate-50 text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3">{t('dashboard.columns.status')}</th>
                <th scope="col" className="px-4 py-3">{t('dashboard.columns.headline')}</th>
                <th scope="col" className="px-4 py-3">{t('dashboard.columns.people')}</th>
                <th scope="col" className="px-4 py-3 text-right">{t('dashboard.columns.briefs')}</th>
                <th scope="col" className="px-4 py-3">{t('dashboard.columns.updated')}</th>
                <th scope="col" className="px-4 py-3"><span className="sr-only">{t('dashboard.columns.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className="border-t border-slate-100 hover:bg-slate-50">
                  <td className="px-4 py-3">
                    <StatusBadge status={item.status} />
                    {item.status === 'scheduled' && item.scheduledFor !== null && (
                      <span className="mt-1 block text-xs whitespace-nowrap text-slate-700">
                        {t('dashboard.embargo', { time: formatDateTime(item.scheduledFor, i18n.language) })}
                      </span>
                    )}
                  </td>
                  <td className="px-4 py-3">
                    <Link to={`/roundups/${item.id}`} className="font-medium text-slate-900 hover:underline focus-visible:underline">
                      {item.kicker && <span className="text-slate-600">[{item.kicker}]</span>}
                      {item.headline || t('dashboard.untitled')}
                    </Link>
                    {item.region && <span className="ml-2 text-xs text-slate-600">{item.region}</span>}
                  </td>
                  <td className="px-4 py-3 text-slate-700">
                    {nameOf(item.ownerId)}
                    {item.reviewerId !== null && <span className="block text-xs text-slate-600">{t('dashboard.reviewer', { name: nameOf(item.reviewerId) })}</span>}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{t('dashboard.briefCount', { count: item.briefCount })}</td>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                    <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt, i18n.language)}</time>
                  </td>
                  <td className="px-4 py-3 text-right">
                    {mayDelete(item) && (
                      <button type="button" className="btn-danger-quiet" onClick={() => deleteRoundup(item)}>
                        {t('common.delete')}
                        <span className="sr-only"> {item.headline}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <button type="button" className="btn-secondary self-center" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {list.isFetchingNextPage ? t('common.loading') : t('dashboard.loadMore', { shown: items.length, total })}
        </button>
      )}
    </div>
  );
}
