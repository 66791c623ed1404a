import { useMemo, useState } from 'react';
import { hasRole, type Screen } from '@bangtin/shared';
import { PairingForm } from './PairingForm.tsx';
import { ScreenCard } from './ScreenCard.tsx';
import { ScreenForm } from './ScreenForm.tsx';
import { LoadFailure, Loading } from '../ui/Status.tsx';
import { useCurrentVersions } from './useCurrentVersions.ts';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { usePresence } from './usePresence.ts';
import { useScreenDevices, useScreens } from './useScreens.ts';
import { useSlideTitles } from './useSlideTitles.ts';
import { useI18n } from '../i18nContext.tsx';
import { livenessOf } from './liveness.ts';
import { useCurrentUser } from '../session.tsx';
import { useActiveEmergencies } from '../emergency/useActiveEmergencies.ts';

/** The office's live view of its kiosks: status, remote commands, pairing, and (admins) adding and editing. */
export function ScreensPage() {
  const { t } = useI18n();
  const failureMessage = useFailureMessage();
  const isAdmin = hasRole(useCurrentUser().role, 'admin'); // the server also refuses others (403)
  const screens = useScreens();
  const { presence, now, error: presenceError } = usePresence();
  const ackedKey = [...presence.values()].map((p) => `${p.screenId}=${p.ackedVersion ?? ''}`).join(',');
  const versions = useCurrentVersions(screens.data, ackedKey);
  const slideTitles = useSlideTitles();
  const emergencies = useActiveEmergencies(now);
  const [editing, setEditing] = useState<Screen | 'new' | null>(null);
  const devices = useScreenDevices();
  const devicesOf = (screenId: string) => devices.data?.filter((d) => d.screenId === screenId);
  /** "Pair again" on a card: the pairing form below, with that screen chosen (the nonce re-triggers the same screen). */
  const [chosen, setChosen] = useState<{ screenId: string; nonce: number } | null>(null);

  const list = screens.data;
  const onlineCount = list?.filter((screen) => livenessOf(presence.get(screen.id), now) === 'online').length ?? 0;
  const groups = useMemo(() => [...new Set((list ?? []).map((s) => s.group).filter(Boolean))].sort(), [list]);

  const onSaved = (saved: Screen) => {
    screens.update((current) => {
      const others = current.filter((s) => s.id !== saved.id);
      return current.length === others.length ? [...current, saved] : current.map((s) => (s.id === saved.id ? saved : s));
    });
    setEditing(null);
  };

  return (
    <section className="screens-page" aria-labelledby="screens-title">
      <header className="page-header">
        <div>
          <h1 id="screens-title">{t('nav.screens')}</h1>
          {list && list.length > 0 && (
            <p className="screens-page__summary" data-testid="screens-summary">
              {t('screens.summary', { online: onlineCount, total: list.length })}
            </p>
          )}
        </div>
        {isAdmin && editing === null && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')} data-testid="screen-new">
            + {t('screens.new')}
          </button>
        )}
      </header>
      <p className="muted">{t('screens.intro')}</p>
      {presenceError !== undefined && (
        <p className="alert alert--warning" role="status">
          {t('screens.presenceFailed')} {failureMessage(presenceError)}
        </p>
      )}
      {isAdmin && editing !== null && (
        <ScreenForm
          key={editing === 'new' ? 'new' : editing.id}
          screen={editing === 'new' ? null : editing}
          groups={groups}
          onSaved={onSaved}
          onCancel={() => setEditing(null)}
        />
      )}
      {screens.loading && <Loading />}
      {screens.error !== undefined && <LoadFailure error={screens.error} onRetry={screens.retry} />}
      {list?.length === 0 && <p className="empty">{t('screens.empty')}</p>}
      {list && list.length > 0 && (
        <ul className="screen-cards" aria-label={t('screens.listLabel')}>
          {list.map((screen) => (
            <ScreenCard
              key={screen.id}
              screen={screen}
              presence={presence.get(screen.id)}
              now={now}
              current={versions.get(screen.id)}
              slideTitles={slideTitles}
              emergency={emergencies.get(screen.id)}
              onEdit={isAdmin ? () => setEditing(screen) : null}
              devices={devicesOf(screen.id)}
              onPairAgain={() => setChosen((c) => ({ screenId: screen.id, nonce: (c?.nonce ?? 0) + 1 }))}
              onDeviceRevoked={devices.retry}
            />
          ))}
        </ul>
      )}
      {list && <PairingForm screens={list} chosen={chosen} onPaired={devices.retry} />}
    </section>
  );
}
