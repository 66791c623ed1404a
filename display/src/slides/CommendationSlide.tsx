import { keepTogether, type PublicContentOf } from '@bangtin/shared';
import { useState } from 'react';
import { useStrings } from '../i18n.ts';
import { FitText } from './FitText.tsx';
import { SlideShell } from './SlideShell.tsx';

export function CommendationSlide({ item }: { item: PublicContentOf<'commendation'> }) {
  const t = useStrings();
  const [photoBroken, setPhotoBroken] = useState(false);
  const showPhoto = Boolean(item.photoUrl) && !photoBroken;
  return (
    <SlideShell item={item} className="paper paper--honour">
      <div className={`commendation${showPhoto ? ' commendation--with-photo' : ''}`}>
        {showPhoto && (
          <figure className="commendation__photo">
            <img src={item.photoUrl} alt="" onError={() => setPhotoBroken(true)} />
          </figure>
        )}
        <div className="commendation__text">
          <p className="slide-kicker">{t.typeLabel('commendation')}</p>
          <h2 className="commendation__name">{item.name}</h2>
          <FitText className="commendation__achievement" minScale={1} maxScale={1.7} contentKey={item.achievement}>
            <p>{keepTogether(item.achievement)}</p>
          </FitText>
        </div>
      </div>
    </SlideShell>
  );
}
