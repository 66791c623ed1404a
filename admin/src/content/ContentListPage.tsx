import { useState } from 'react';
import { contentStatus, type ContentType } from '@bangtin/shared';
import { useRealtimeStatus } from '../api/realtime.tsx';
import { ContentTable } from './ContentTable.tsx';
import { FromWardSection } from '../units/audience/FromWardSection.tsx';
import { Pager } from '../ui/Pager.tsx';
import { LoadStatus } from '../ui/Status.tsx';
import { ListCount } from '../ui/ListCount.tsx';
import { Options } from '../ui/form/Options.tsx';
import { applyUpdate, matchesArea, matchesStatus, newestFirst, PAGE_SIZE, statusParam, type StatusFilter } from './listFilter.ts';
import { useDebounced } from '../ui/hooks/useDebounced.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useI18n } from '../i18nContext.tsx';
import { Link, useRouter } from '../router.tsx';
import { useApi } from '../session.tsx';
import { EDITORS } from './editors/editors.ts';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { SearchControl } from '../ui/form/SearchControl.tsx';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { AreaFilter } from '../areas/AreaFilter.tsx';

/** One content type: search, status filter, live updates from the server, 20 rows a page. */
export function ContentListPage({ type }: { type: ContentType }) {
  const api = useApi();
  const { t, typeLabel, statusLabel } = useI18n();
  const { navigate } = useRouter();
  const { resyncToken } = useRealtimeStatus();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [area, setArea] = useState('');
  const [pageState, setPageState] = useState({ key: '', page: 1 });
  const query = useDebounced(search.trim(), 300);

  const filterKey = JSON.stringify([type, status, query, area]);
  const list = useLoad(`${filterKey}#${resyncToken}`, () => api.content.list({ type, status: statusParam(status), q: query, area }), {
    keepPrevious: true,
  });
  useServerEvent('content:updated', (item) => {
    if (item.type === type) list.update((items) => applyUpdate(items, item, status, query !== ''));
  });

  // The server filters one status at a time; "everything but archived" is filtered here.
  const items = (list.data ?? []).filter((item) => matchesStatus(item, status) && matchesArea(item, area)).sort(newestFirst);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  // The page resets to 1 whenever the filters change.
  const page = Math.min(pageState.key === filterKey ? pageState.page : 1, pages);
  const visible = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const canCreate = EDITORS[type] !== undefined;

  return (
    <section className="list-page" aria-labelledby="list-title">
      <PageHeader titleId="list-title" title={typeLabel(type)}>
        {(type === 'procedure' || type === 'indexResult') && (
          <Link to={{ page: 'contentImport', type }} className="button" data-testid="content-import">
            {t('import.open')}
          </Link>
        )}
        {canCreate && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void navigate({ page: 'contentNew', type })}
            data-testid="content-new"
          >
            + {t('list.new')}
          </button>
        )}
      </PageHeader>
      {!canCreate && <p className="alert alert--info">{t('list.readOnly')}</p>}
      <div className="filters" role="search">
        <SearchControl id="list-search" label={t('list.search')} placeholder={t('list.searchPlaceholder')} value={search} onChange={setSearch} testId="list-search" />
        <LabelledControl id="list-status" label={t('list.status')}>
          <select id="list-status" value={status} onChange={(e) => setStatus(toFilter(e.target.value))} data-testid="list-status">
            <option value="active">{t('list.statusActive')}</option>
            <Options values={contentStatus.options} label={statusLabel} />
            <option value="all">{t('list.statusAll')}</option>
          </select>
        </LabelledControl>
        <AreaFilter value={area} onChange={setArea} />
      </div>
      {list.data === undefined ? (
        <LoadStatus load={list} />
      ) : (
        <>
          <ListCount testId="list-count">{t('list.count', { count: items.length })}</ListCount>
          {items.length === 0 ? (
            <p className="empty">{query || area || status !== 'active' ? t('list.emptyFiltered') : t('list.empty')}</p>
          ) : (
            <ContentTable items={visible} />
          )}
          <Pager page={page} pages={pages} onPage={(next) => setPageState({ key: filterKey, page: next })} />
        </>
      )}
      <FromWardSection type={type} />
    </section>
  );
}

function toFilter(value: string): StatusFilter {
  if (value === 'active' || value === 'all') return value;
  const parsed = contentStatus.safeParse(value);
  return parsed.success ? parsed.data : 'active';
}
