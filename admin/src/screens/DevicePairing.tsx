import { useState } from 'react';
import { formatDateTimeVi, type Screen, type ScreenDeviceStatus } from '@bangtin/shared';
import { usePageKit } from '../ui/hooks/usePageKit.ts';
import { useTimeZone } from '../school.tsx';

interface DevicePairingProps {
  screen: Screen;
  /** The screen's paired devices, oldest first; none = "chưa ghép nối" (a kiosk opened by address plays, but is not believed). */
  devices: readonly ScreenDeviceStatus[];
  /** Opens the pairing form below with this screen chosen. */
  onPairAgain: () => void;
  onRevoked: () => void;
}

/**
 * Which devices speak for the screen. Only a paired kiosk's presence, acknowledgements and proof of display count, so
 * an unpaired screen carries a discreet mark. A screen may have several devices (two TVs showing one screen): each is
 * listed with its own "revoke"; "pair another" opens the pairing form for this screen.
 */
export function DevicePairing({ screen, devices, onPairAgain, onRevoked }: DevicePairingProps) {
  const { api, t, toast, removeAfterConfirm } = usePageKit();
  const timeZone = useTimeZone();
  const [busy, setBusy] = useState(false);

  const revoke = (device: ScreenDeviceStatus) =>
    removeAfterConfirm(
      { title: t('device.revokeTitle', { name: screen.name }), body: t('device.revokeBody'), confirmLabel: t('device.revoke'), cancelLabel: t('form.cancel') },
      async () => {
        setBusy(true);
        try {
          await api.screens.revokeOneDevice(screen.id, device.id);
        } finally {
          setBusy(false);
        }
      },
      () => {
        toast(t('device.revoked', { name: screen.name }));
        onRevoked();
      },
    );

  if (devices.length === 0) {
    return (
      <p className="screen-device screen-device--unpaired" data-testid="screen-unpaired">
        <span className="badge badge--unpaired">{t('device.unpaired')}</span>
        <span className="screen-device__hint">{t('device.unpairedHint')}</span>
        <button type="button" className="button button--small" onClick={onPairAgain} data-testid="screen-pair">
          {t('device.pair')}
        </button>
      </p>
    );
  }
  const pairedAt = (device: ScreenDeviceStatus) => formatDateTimeVi(new Date(device.pairedAt), timeZone);
  const only = devices.length === 1 ? devices[0] : undefined;
  return (
    <div className="screen-device" data-testid="screen-paired">
      {only ? (
        <p className="screen-device__row" data-testid="screen-device" data-id={only.id}>
          <span className="screen-device__hint">{t('device.paired', { at: pairedAt(only), by: only.pairedBy })}</span>
          <button type="button" className="button button--small" disabled={busy} onClick={() => void revoke(only)} data-testid="screen-revoke">
            {t('device.revoke')}
          </button>
        </p>
      ) : (
        <>
          <p className="screen-device__hint">{t('device.pairedCount', { count: devices.length })}</p>
          <ol className="screen-device__list">
            {devices.map((device, i) => (
              <li key={device.id} className="screen-device__row" data-testid="screen-device" data-id={device.id}>
                <span className="screen-device__hint">{t('device.pairedOne', { n: i + 1, at: pairedAt(device), by: device.pairedBy })}</span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  onClick={() => void revoke(device)}
                  aria-label={t('device.revokeOne', { n: i + 1, name: screen.name })}
                  data-testid="screen-revoke"
                >
                  {t('device.revoke')}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="screen-device__row">
        <button type="button" className="button button--small" onClick={onPairAgain} data-testid="screen-pair-again">
          {t('device.pairAnother')}
        </button>
      </p>
    </div>
  );
}
