import { useState } from 'react';
import { formatDateTimeVi } from '@bangtin/shared';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { useApi } from '../session.tsx';
import { Pager } from '../ui/Pager.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { TableHead } from '../ui/TableHead.tsx';
import { useLoad } from '../ui/hooks/useLoad.ts';

const PAGE_SIZE = 20;

/** Refused logins (admins only): their own bounded log, so they never push the office's history out of the audit. */
export function FailedLoginsSection() {
  const api = useApi();
  const { t } = useI18n();
  const timeZone = useTimeZone();
  const [page, setPage] = useState(1);
  const list = useLoad(`failed-logins#${page}`, () => api.audit.failedLogins(page, PAGE_SIZE), { keepPrevious: true });
  const data = list.data;
  return (
    <section aria-labelledby="failed-logins-title" className="failed-logins" data-testid="failed-logins">
      <h2 id="failed-logins-title">{t('audit.failedTitle')}</h2>
      <p className="muted">{t('audit.failedIntro')}</p>
      {data === undefined ? (
        list.loading ? <Loading /> : <LoadFailure error={list.error} onRetry={list.retry} />
      ) : data.items.length === 0 ? (
        <p className="empty">{t('audit.failedEmpty')}</p>
      ) : (
        <>
          <table className="content-table audit-table">
            <TableHead columns={[t('audit.when'), t('audit.failedName'), t('audit.failedAddress'), t('audit.failedReason')]} />
            <tbody>
              {data.items.map((e, i) => (
                <tr key={`${e.at}-${i}`} data-testid="failed-login-row">
                  <td className="nowrap">{formatDateTimeVi(new Date(e.at), timeZone)}</td>
                  <td data-label={t('audit.failedName')}>{e.username}</td>
                  <td data-label={t('audit.failedAddress')}>
                    <code>{e.address}</code>
                  </td>
                  <td data-label={t('audit.failedReason')}>{t(`audit.reason.${e.reason}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={data.page} pages={Math.max(1, Math.ceil(data.total / data.pageSize))} onPage={setPage} />
        </>
      )}
    </section>
  );
}
