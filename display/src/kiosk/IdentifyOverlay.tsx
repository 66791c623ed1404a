import type { Screen } from '@bangtin/shared';
import { useStrings } from '../i18n.ts';

/** "Which screen is this?": the name, slug and location over everything, so the office can tell screens apart. */
export function IdentifyOverlay({ screen }: { screen: Screen }) {
  const t = useStrings();
  return (
    <div className="identify-overlay" data-testid="identify-overlay" role="status">
      <p className="identify-overlay__label">{t.identifyLabel}</p>
      <p className="identify-overlay__name">{screen.name}</p>
      <p className="identify-overlay__details">
        <span>
          {t.identifySlug}: <strong>{screen.slug}</strong>
        </span>
        {screen.location && (
          <span>
            {t.identifyLocation}: <strong>{screen.location}</strong>
          </span>
        )}
      </p>
    </div>
  );
}
