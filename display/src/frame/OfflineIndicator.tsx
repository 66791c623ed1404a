import { useEffect, useState } from 'react';
import { useStrings } from '../i18n.ts';

/** Quiet at boot and during a short blip: shown only after this long without the server. */
const SHOW_AFTER_MS = 15_000;

export function OfflineIndicator({ online }: { online: boolean }) {
  const t = useStrings();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (online) return;
    const timer = window.setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      setVisible(false);
    };
  }, [online]);
  if (!visible) return null;
  return (
    <p className="offline-indicator" data-testid="offline-indicator" role="status">
      {t.offline}
    </p>
  );
}
