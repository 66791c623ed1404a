import { formatTimeVi, type School } from '@bangtin/shared';
import { useState } from 'react';
import { useStrings } from '../i18n.ts';
import { displayTimeZone } from './timeZone.ts';
import { useMinute } from './useMinute.ts';

function Clock({ timeZone }: { timeZone: string }) {
  const t = useStrings();
  const now = useMinute();
  return (
    <div className="frame-header__time">
      <p className="clock" data-testid="clock">
        {formatTimeVi(now, timeZone)}
      </p>
      <p className="date" data-testid="date">
        {t.longDate(now, timeZone)}
      </p>
    </div>
  );
}

export function Header({ school }: { school: School }) {
  const [logoBroken, setLogoBroken] = useState(false);
  return (
    <header className="frame-header">
      {school.logoUrl && !logoBroken && (
        <img className="frame-header__logo" src={school.logoUrl} alt="" onError={() => setLogoBroken(true)} />
      )}
      <div className="frame-header__titles">
        {school.parentAgency && <p className="frame-header__agency">{school.parentAgency}</p>}
        <h1 className="frame-header__school" data-testid="school-name">
          {school.name}
        </h1>
      </div>
      <Clock timeZone={displayTimeZone(school.timezone)} />
    </header>
  );
}
