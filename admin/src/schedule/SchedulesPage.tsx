import { useState } from 'react';
import { foldVietnamese, type ScheduleEntry } from '@bangtin/shared';
import { Pager } from '../ui/Pager.tsx';
import { ScheduleTable } from './ScheduleTable.tsx';
import { ScheduleTabs } from './ScheduleTabs.tsx';
import { LoadStatus } from '../ui/Status.tsx';
import { ListCount } from '../ui/ListCount.tsx';
import { useDebounced } from '../ui/hooks/useDebounced.ts';
import { useScheduleSources } from './useScheduleSources.ts';
import { useI18n } from '../i18nContext.tsx';
import { useRouter } from '../router.tsx';
import { SearchControl } from '../ui/form/SearchControl.tsx';
import { PageHeader } from '../ui/layout/PageHeader.tsx';

const PAGE_SIZE = 20;


/** Every schedule entry: search by name or content, enabled first, 20 a page. */
export function SchedulesPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { bundle, screens, content } = useScheduleSources();
  const [search, setSearch] = useState('');
  const [pageState, setPageState] = useState({ key: '', page: 1 });
  const query = foldVietnamese(useDebounced(search.trim(), 200));

  const matches = (entry: ScheduleEntry) =>
    query === '' ||
    foldVietnamese(entry.name).includes(query) ||
    entry.contentIds.some((id) => foldVietnamese(content.byId.get(id)?.label ?? '').includes(query));
  const entries = (bundle.data?.entries ?? [])
    .filter(matches)
    .sort((a, b) => Number(b.enabled) - Number(a.enabled) || b.priority - a.priority || a.name.localeCompare(b.name, 'vi'));
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const page = Math.min(pageState.key === query ? pageState.page : 1, pages);

  return (
    <section className="list-page schedule-page" aria-labelledby="schedules-title">
      <PageHeader titleId="schedules-title" title={t('nav.schedules')}>
        <button type="button" className="button button--primary" onClick={() => void navigate({ page: 'scheduleNew' })} data-testid="schedule-new">
          + {t('schedule.new')}
        </button>
      </PageHeader>
      <ScheduleTabs />
      <p className="muted">{t('schedule.intro')}</p>
      <div className="filters" role="search">
        <SearchControl id="schedule-search" label={t('list.search')} placeholder={t('schedule.searchPlaceholder')} value={search} onChange={setSearch} testId="schedule-search" />
      </div>
      {bundle.data === undefined ? (
        <LoadStatus load={bundle} />
      ) : (
        <>
          <ListCount testId="schedule-count">{t('schedule.count', { count: entries.length })}</ListCount>
          {entries.length === 0 ? (
            <p className="empty">{query ? t('list.emptyFiltered') : t('schedule.empty')}</p>
          ) : (
            <ScheduleTable
              entries={entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
              all={bundle.data.entries}
              content={content.byId}
              playlists={bundle.data.playlists}
              screens={screens.data ?? []}
            />
          )}
          <Pager page={page} pages={pages} onPage={(next) => setPageState({ key: query, page: next })} />
        </>
      )}
    </section>
  );
}
