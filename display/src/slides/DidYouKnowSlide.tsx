import { keepTogether, type PublicContentOf } from '@bangtin/shared';
import { useStrings } from '../i18n.ts';
import { FitText } from './FitText.tsx';
import { SlideShell } from './SlideShell.tsx';

/**
 * "Bạn có biết?" at the gate: the question first, then (a few seconds in) the answer and why. Everything is laid out
 * from the start and fitted together, so the reveal never reflows the slide; with reduced motion both show at once.
 */
export function DidYouKnowSlide({ item }: { item: PublicContentOf<'didYouKnow'> }) {
  const t = useStrings();
  return (
    <SlideShell item={item} className="paper did-you-know">
      <p className="slide-kicker">{t.typeLabel('didYouKnow')}</p>
      <FitText className="dyk__fit" minScale={1} maxScale={1.9} contentKey={`${item.question}|${item.answer}|${item.explanation}`}>
        <p className="dyk__question">{keepTogether(item.question)}</p>
        <div className="dyk__reveal" data-testid="dyk-answer">
          <p className="dyk__answer">
            <span className="dyk__mark" aria-hidden="true">
              ✓
            </span>{' '}
            {keepTogether(item.answer)}
          </p>
          {item.explanation && <p className="dyk__explanation">{keepTogether(item.explanation)}</p>}
        </div>
      </FitText>
    </SlideShell>
  );
}
