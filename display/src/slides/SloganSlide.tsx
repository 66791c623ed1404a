import { keepTogether, type PublicContentOf } from '@bangtin/shared';
import { FitText } from './FitText.tsx';
import { SlideShell } from './SlideShell.tsx';

/** The five-pointed star of public-office posters, drawn rather than taken from a font. */
function Star() {
  return (
    <svg className="slogan__star" viewBox="-1 -1 2 2" aria-hidden="true">
      <polygon points="0,-1 0.2245,-0.309 0.9511,-0.309 0.3633,0.118 0.5878,0.809 0,0.382 -0.5878,0.809 -0.3633,0.118 -0.9511,-0.309 -0.2245,-0.309" />
    </svg>
  );
}

export function SloganSlide({ item }: { item: PublicContentOf<'slogan'> }) {
  return (
    <SlideShell item={item} className={`theme-${item.theme}`}>
      <div className="slogan">
        <div className="slogan__rule" aria-hidden="true">
          <span />
          <Star />
          <span />
        </div>
        <FitText className="slogan__fit" minScale={1.4} maxScale={6} contentKey={`${item.text}|${item.attribution}`}>
          <p className="slogan__text">{keepTogether(item.text)}</p>
          {item.attribution && <p className="slogan__attribution">{keepTogether(item.attribution)}</p>}
        </FitText>
        <div className="slogan__rule" aria-hidden="true">
          <span />
        </div>
      </div>
    </SlideShell>
  );
}
