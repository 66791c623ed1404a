import { useState } from 'react';
import { auditAction, formatDateTimeVi, type AuditQuery } from '@bangtin/shared';
import { Pager } from '../ui/Pager.tsx';
import { LoadStatus } from '../ui/Status.tsx';
import { ListCount } from '../ui/ListCount.tsx';
import { useDebounced } from '../ui/hooks/useDebounced.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { useApi, useCurrentUser } from '../session.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { DateInput } from '../ui/date/DateInput.tsx';
import { isWholeDate } from '../ui/date/dateText.ts';
import { TableHead } from '../ui/TableHead.tsx';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { FailedLoginsSection } from './FailedLoginsSection.tsx';

const PAGE_SIZE = 25;
type Filters = { q: string; actor: string; action: '' | AuditQuery['action']; from: string; to: string };

/** Who changed what and when, filtered on the server, 25 rows a page, exportable as CSV with the same filters. */
export function AuditPage() {
  const api = useApi();
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [filters, setFilters] = useState<Filters>({ q: '', actor: '', action: '', from: '', to: '' });
  const [pageState, setPageState] = useState({ key: '', page: 1 });
  const settled = useDebounced(filters, 300);
  const filterKey = JSON.stringify(settled);
  const page = pageState.key === filterKey ? pageState.page : 1;
  const query = { ...settled, action: settled.action || undefined, page, pageSize: PAGE_SIZE };
  const list = useLoad(`${filterKey}#${page}`, () => api.audit.list(query), { keepPrevious: true });
  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));
  const data = list.data;
  const isAdmin = useCurrentUser().role === 'admin';

  const text = (id: string, key: 'common.search' | 'audit.actor', value: string, onChange: (v: string) => void, placeholder?: string) => (
    <LabelledControl id={id} label={t(key)}>
      <input id={id} type="search" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </LabelledControl>
  );

  return (
    <section className="list-page" aria-labelledby="audit-title">
      <PageHeader titleId="audit-title" title={t('audit.title')} intro={t('audit.intro')}>
        <a className="button" href={api.audit.csvHref(query)} download data-testid="audit-csv">
          {t('common.csv')}
        </a>
      </PageHeader>
      <div className="filters" role="search">
        {text('audit-q', 'common.search', filters.q, (q) => set({ q }), t('audit.searchPlaceholder'))}
        {text('audit-actor', 'audit.actor', filters.actor, (actor) => set({ actor }))}
        <LabelledControl id="audit-action" label={t('audit.action')}>
          <select id="audit-action" value={filters.action} onChange={(e) => set({ action: auditAction.safeParse(e.target.value).data ?? '' })}>
            <option value="">{t('audit.allActions')}</option>
            {auditAction.options.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </LabelledControl>
        <LabelledControl id="audit-from" label={t('common.from')}>
          <DateInput id="audit-from" value={filters.from} onChange={(from) => {
            if (isWholeDate(from)) set({ from });
          }} />
        </LabelledControl>
        <LabelledControl id="audit-to" label={t('common.to')}>
          <DateInput id="audit-to" value={filters.to} onChange={(to) => {
            if (isWholeDate(to)) set({ to });
          }} />
        </LabelledControl>
      </div>
      {data === undefined ? (
        <LoadStatus load={list} />
      ) : (
        <>
          <ListCount testId="audit-count">{t('common.total', { count: data.total })}</ListCount>
          {data.items.length === 0 ? (
            <p className="empty">{t('audit.empty')}</p>
          ) : (
            <table className="content-table audit-table">
              <TableHead columns={[t('audit.when'), t('audit.actor'), t('audit.action'), t('audit.what')]} />
              <tbody>
                {data.items.map((e) => (
                  <tr key={e.id} data-testid="audit-row">
                    <td className="nowrap">{formatDateTimeVi(new Date(e.at), timeZone)}</td>
                    <td data-label={t('audit.actor')}>{e.actor}</td>
                    <td data-label={t('audit.action')}>
                      <code>{e.action}</code>
                    </td>
                    <td data-label={t('audit.what')}>{e.summary}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager page={data.page} pages={Math.max(1, Math.ceil(data.total / data.pageSize))} onPage={(next) => setPageState({ key: filterKey, page: next })} />
        </>
      )}
      {isAdmin && <FailedLoginsSection />}
    </section>
  );
}
