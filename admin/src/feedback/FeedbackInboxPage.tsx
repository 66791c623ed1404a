import { useState } from 'react';
import {
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_SUBJECT_LABELS,
  feedbackStatus,
  feedbackSubject,
  formatDateTimeVi,
  type FeedbackInboxQuery,
} from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { Link } from '../router.tsx';
import { useTimeZone } from '../school.tsx';
import { useApi } from '../session.tsx';
import { Pager } from '../ui/Pager.tsx';
import { LoadStatus } from '../ui/Status.tsx';
import { ListCount } from '../ui/ListCount.tsx';
import { TableHead } from '../ui/TableHead.tsx';
import { LabelledControl } from '../ui/form/LabelledControl.tsx';
import { SearchControl } from '../ui/form/SearchControl.tsx';
import { useDebounced } from '../ui/hooks/useDebounced.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { deadlineText } from './deadlineText.ts';

const PAGE_SIZE = 20;
type Filters = { q: string; status: string; subject: string; due: string; assignee: string };
const EMPTY: Filters = { q: '', status: '', subject: '', due: '', assignee: '' };

/** The office's inbox: most urgent first (overdue, due soon), filtered on the server; never who sent what. */
export function FeedbackInboxPage() {
  const api = useApi();
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [pageState, setPageState] = useState({ key: '', page: 1 });
  const [changes, setChanges] = useState(0);
  const settled = useDebounced(filters, 300);
  const filterKey = JSON.stringify(settled);
  const page = pageState.key === filterKey ? pageState.page : 1;
  const query: Partial<FeedbackInboxQuery> = {
    q: settled.q.trim() || undefined,
    status: feedbackStatus.safeParse(settled.status).data,
    subject: feedbackSubject.safeParse(settled.subject).data,
    due: settled.due === 'overdue' || settled.due === 'soon' ? settled.due : undefined,
    assignee: settled.assignee || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useLoad(`${filterKey}#${page}#${changes}`, () => api.feedback.list(query), { keepPrevious: true });
  const staff = useLoad('feedback-staff', () => api.feedback.staff());
  // Refetched on every push: a parent's new item (or anyone's step) shows without reloading the page.
  const counts = useLoad(`feedback-inbox-counts#${changes}`, () => api.feedback.counts(), { keepPrevious: true });
  useServerEvent('feedback:updated', () => setChanges((n) => n + 1));
  const newCount = counts.data?.new ?? 0;
  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));
  const data = list.data;

  const select = (id: string, label: string, value: string, onChange: (v: string) => void, options: [string, string][]) => (
    <LabelledControl id={id} label={label}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('feedback.all')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </LabelledControl>
  );

  return (
    <section className="list-page feedback-inbox" aria-labelledby="feedback-title">
      <PageHeader titleId="feedback-title" title={t('feedback.title')} intro={t('feedback.intro')} />
      <div className="filters" role="search">
        <SearchControl id="feedback-q" label={t('feedback.search')} value={filters.q} onChange={(q) => set({ q })} placeholder="GY-7K3Q" testId="feedback-search" />
        {select('feedback-status', t('feedback.status'), filters.status, (status) => set({ status }), feedbackStatus.options.map((s) => [s, FEEDBACK_STATUS_LABELS[s]]))}
        {select('feedback-subject', t('feedback.subject'), filters.subject, (subject) => set({ subject }), feedbackSubject.options.map((s) => [s, FEEDBACK_SUBJECT_LABELS[s]]))}
        {select('feedback-due', t('feedback.due'), filters.due, (due) => set({ due }), [
          ['overdue', t('feedback.dueOverdue')],
          ['soon', t('feedback.dueSoon')],
        ])}
        {select('feedback-assignee', t('feedback.assignee'), filters.assignee, (assignee) => set({ assignee }), [
          ['none', t('feedback.nobody')],
          ...(staff.data ?? []).map((u): [string, string] => [u.id, u.name]),
        ])}
      </div>
      {data === undefined ? (
        <LoadStatus load={list} />
      ) : (
        <>
          <ListCount testId="feedback-count">
            {t('common.total', { count: data.total })}
            {newCount > 0 && (
              <>
                {' · '}
                <strong className="feedback-new-count" data-testid="feedback-new-count">
                  {t('feedback.newCount', { count: newCount })}
                </strong>
              </>
            )}
          </ListCount>
          {data.items.length === 0 ? (
            <p className="empty">{t('feedback.empty')}</p>
          ) : (
            <table className="content-table feedback-table">
              <TableHead columns={[t('feedback.colCode'), t('feedback.colContent'), t('feedback.status'), t('feedback.due'), t('feedback.assignee')]} />
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.id} data-testid="feedback-row" className={`feedback-row feedback-row--${item.deadline}`}>
                    <td data-label={t('feedback.colCode')}>
                      {/* One child per cell: on a phone each cell is a label + value row. */}
                      <div>
                        <Link to={{ page: 'feedbackDetail', id: item.id }} data-testid="feedback-open">
                          <strong>{item.code}</strong>
                        </Link>
                        <div className="muted small">{formatDateTimeVi(new Date(item.createdAt), timeZone)}</div>
                      </div>
                    </td>
                    <td data-label={t('feedback.colContent')}>
                      <div>
                        <div className="small muted">{FEEDBACK_SUBJECT_LABELS[item.subject]}</div>
                        <div className="feedback-excerpt">{item.content.length > 140 ? `${item.content.slice(0, 139)}…` : item.content}</div>
                      </div>
                    </td>
                    <td data-label={t('feedback.status')}>
                      <span className={`status-chip status-chip--${item.status}`}>{FEEDBACK_STATUS_LABELS[item.status]}</span>
                    </td>
                    <td data-label={t('feedback.due')} data-testid="feedback-deadline" className={`deadline deadline--${item.deadline}`}>
                      {deadlineText(item, t)}
                    </td>
                    <td data-label={t('feedback.assignee')}>{item.assigneeName ?? <span className="muted">{t('feedback.nobody')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager page={data.page} pages={Math.max(1, Math.ceil(data.total / data.pageSize))} onPage={(next) => setPageState({ key: filterKey, page: next })} />
        </>
      )}
    </section>
  );
}
