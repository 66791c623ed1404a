import { formatTimeVi } from '@bangtin/shared';
import { displayTimeZone } from '../frame/timeZone.ts';
import { useMinute } from '../frame/useMinute.ts';
import { useStrings } from '../i18n.ts';
import { useSnapshot } from './snapshotContext.ts';

/** Shown whenever nothing is on air: never a blank screen. */
export function FallbackSlide() {
  const t = useStrings();
  const { school } = useSnapshot();
  const now = useMinute();
  const timeZone = displayTimeZone(school.timezone);
  return (
    <article className="slide slide--fallback theme-red" data-testid="fallback-slide">
      <div className="fallback">
        {school.parentAgency && <p className="fallback__agency">{school.parentAgency}</p>}
        <h2 className="fallback__school">{school.name}</h2>
        <p className="fallback__clock">{formatTimeVi(now, timeZone)}</p>
        <p className="fallback__date">{t.longDate(now, timeZone)}</p>
        <p className="fallback__welcome">{t.fallbackWelcome}</p>
      </div>
    </article>
  );
}
