import { useState } from 'react';
import { formatDateTimeVi, type Screen, type ScreenDeviceStatus } from '@bangtin/shared';
import { useConfirm } from '../ui/ConfirmDialog.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useFailureMessage } from '../ui/hooks/useFailureMessage.ts';
import { useI18n } from '../i18nContext.tsx';
import { useTimeZone } from '../school.tsx';
import { useApi } from '../session.tsx';

interface DevicePairingProps {
  screen: Screen;
  /** The screen's paired device; null = "chưa ghép nối" (a kiosk opened by address plays, but is not believed). */
  device: ScreenDeviceStatus | null;
  /** Opens the pairing form below with this screen chosen. */
  onPairAgain: () => void;
  onRevoked: () => void;
}

/**
 * Which device speaks for the screen. Only a paired kiosk's presence, acknowledgements and proof of display count, so
 * an unpaired screen carries a discreet mark; "pair again" replaces the device, "revoke" forgets it.
 */
export function DevicePairing({ screen, device, onPairAgain, onRevoked }: DevicePairingProps) {
  const api = useApi();
  const confirm = useConfirm();
  const toast = useToast();
  const failureMessage = useFailureMessage();
  const timeZone = useTimeZone();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    const sure = await confirm({
      title: t('device.revokeTitle', { name: screen.name }),
      body: t('device.revokeBody'),
      confirmLabel: t('device.revoke'),
      cancelLabel: t('form.cancel'),
      danger: true,
    });
    if (!sure) return;
    setBusy(true);
    try {
      await api.screens.revokeDevice(screen.id);
      toast(t('device.revoked', { name: screen.name }));
      onRevoked();
    } catch (error) {
      toast(failureMessage(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  if (!device) {
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
  return (
    <p className="screen-device" data-testid="screen-paired">
      <span className="screen-device__hint">
        {t('device.paired', { at: formatDateTimeVi(new Date(device.pairedAt), timeZone), by: device.pairedBy })}
      </span>
      <button type="button" className="button button--small" onClick={onPairAgain} data-testid="screen-pair-again">
        {t('device.pairAgain')}
      </button>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void revoke()} data-testid="screen-revoke">
        {t('device.revoke')}
      </button>
    </p>
  );
}
