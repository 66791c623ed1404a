import { useEffect, useState } from 'react';
import { EMERGENCY_TEMPLATES, hasRole, formatDateTimeVi, type EmergencyStatus, type EmergencyTemplate } from '@bangtin/shared';
import { useRealtimeStatus } from '../api/realtime.tsx';
import { ActiveNotice } from './ActiveNotice.tsx';
import { EmergencyForm } from './EmergencyForm.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { useLoad } from '../ui/hooks/useLoad.ts';
import { useScreens } from '../screens/useScreens.ts';
import { useTimeZone } from '../school.tsx';
import { useCurrentUser } from '../session.tsx';
import { TableHead } from '../ui/TableHead.tsx';
import { useServerEvent } from '../ui/hooks/useServerEvent.ts';
import { PageHeader } from '../ui/layout/PageHeader.tsx';
import { FromWardSection } from '../units/audience/FromWardSection.tsx';

/** Thông báo khẩn: a template → prefilled form → one confirmation → on the screens; live acknowledgements. */
export function EmergencyPage() {
  const { api, t, confirm, toast, failureMessage } = usePageKit();
  const timeZone = useTimeZone();
  const screens = useScreens();
  const { resyncToken } = useRealtimeStatus();
  const overview = useLoad(`emergencies#${resyncToken}`, api.emergencies.list, { keepPrevious: true });
  const [template, setTemplate] = useState<EmergencyTemplate | 'blank' | null>(null);
  const [clearing, setClearing] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const canSend = hasRole(useCurrentUser().role, 'approver'); // the server refuses others too (403)

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  /** A pushed or returned status replaces its notice among the active ones (or moves it to the history). */
  const apply = (status: EmergencyStatus) =>
    overview.update((data) => {
      const others = data.active.filter((s) => s.notice.id !== status.notice.id);
      const recent = [status.notice, ...data.recent.filter((n) => n.id !== status.notice.id)];
      return status.active ? { active: [status, ...others], recent: data.recent } : { active: others, recent };
    });
  useServerEvent('emergency:updated', apply);

  const onSent = (status: EmergencyStatus) => {
    apply(status);
    setTemplate(null);
    toast(t('emergency.sent', { count: status.targetScreenIds.length }));
  };

  const clear = async (status: EmergencyStatus) => {
    const sure = await confirm({
      title: t('emergency.clearTitle'),
      body: t('emergency.clearBody', { title: status.notice.title }),
      confirmLabel: t('emergency.clear'),
      cancelLabel: t('editor.cancel'),
    });
    if (!sure) return;
    setClearing(status.notice.id);
    try {
      apply(await api.emergencies.clear(status.notice.id));
      toast(t('emergency.cleared'));
    } catch (error) {
      toast(failureMessage(error), 'error');
    } finally {
      setClearing(null);
    }
  };

  // Expired notices drop out on the next push or reload; until then hide any whose time is over.
  const active = (overview.data?.active ?? []).filter((s) => Date.parse(s.notice.expiresAt) > now && s.active);

  return (
    <section className="emergency-page" aria-labelledby="emergency-title">
      <PageHeader titleId="emergency-title" title={t('nav.emergency')} intro={t('emergency.intro')} />
      {/* In a child unit: the ward's notice on every screen here is explained where the school looks for it. */}
      <FromWardSection noticesOnly />

      {overview.data === undefined ? (
        overview.loading ? <Loading /> : <LoadFailure error={overview.error} onRetry={overview.retry} />
      ) : (
        <section aria-labelledby="emergency-active-title" className="emergency-active">
          <h2 id="emergency-active-title">{t('emergency.activeTitle')}</h2>
          {active.length === 0 ? (
            <p className="muted" data-testid="emergency-none">
              {t('emergency.none')}
            </p>
          ) : (
            active.map((status) => (
              <ActiveNotice
                key={status.notice.id}
                status={status}
                screens={screens.data ?? []}
                now={now}
                timeZone={timeZone}
                clearing={clearing === status.notice.id}
                onClear={canSend ? () => void clear(status) : null}
              />
            ))
          )}
        </section>
      )}

      {!canSend ? (
        <p className="alert alert--info">{t('emergency.forbidden')}</p>
      ) : template === null ? (
        <section aria-labelledby="emergency-new-title">
          <h2 id="emergency-new-title">{t('emergency.newTitle')}</h2>
          <ul className="template-cards">
            {EMERGENCY_TEMPLATES.map((tpl) => (
              <li key={tpl.id}>
                <button type="button" className={`template-card template-card--${tpl.level}`} onClick={() => setTemplate(tpl)} data-testid={`template-${tpl.id}`}>
                  <span className="template-card__name">{tpl.name}</span>
                  <span className="template-card__title">{tpl.title}</span>
                  <span className="muted">{t('emergency.templateUse')}</span>
                </button>
              </li>
            ))}
            <li>
              <button type="button" className="template-card" onClick={() => setTemplate('blank')} data-testid="template-blank">
                <span className="template-card__name">{t('emergency.blank')}</span>
                <span className="muted">{t('emergency.blankHint')}</span>
              </button>
            </li>
          </ul>
        </section>
      ) : (
        <EmergencyForm
          key={template === 'blank' ? 'blank' : template.id}
          template={template === 'blank' ? null : template}
          screens={screens.data ?? null}
          onSent={onSent}
          onCancel={() => setTemplate(null)}
        />
      )}

      {overview.data && overview.data.recent.length > 0 && (
        <section aria-labelledby="emergency-recent-title" className="emergency-recent">
          <h2 id="emergency-recent-title">{t('emergency.recentTitle')}</h2>
          <table className="content-table" data-testid="emergency-recent">
            <TableHead columns={[t('emergency.title'), t('emergency.colStarted'), t('emergency.colEnded')]} />
            <tbody>
              {overview.data.recent.map((notice) => (
                <tr key={notice.id}>
                  <td className="content-table__title">{notice.title}</td>
                  <td data-label={t('emergency.colStarted')}>
                    {formatDateTimeVi(new Date(notice.startedAt), timeZone)} · {notice.startedBy}
                  </td>
                  <td data-label={t('emergency.colEnded')}>
                    {notice.clearedAt
                      ? t('emergency.clearedBy', { time: formatDateTimeVi(new Date(notice.clearedAt), timeZone), user: notice.clearedBy ?? '' })
                      : Date.parse(notice.expiresAt) > now
                        ? t('emergency.onAir')
                        : t('emergency.expiredAt', { time: formatDateTimeVi(new Date(notice.expiresAt), timeZone) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
