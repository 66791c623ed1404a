import { keepTogether, keepTogetherHtml, type PublicContentOf } from '@bangtin/shared';
import { useMemo, useState } from 'react';
import { useStrings } from '../i18n.ts';
import { FitText } from './FitText.tsx';
import { renderMarkdown } from './markdown.ts';
import { SlideShell } from './SlideShell.tsx';

export function AnnouncementSlide({ item }: { item: PublicContentOf<'announcement'> }) {
  const t = useStrings();
  const html = useMemo(() => keepTogetherHtml(renderMarkdown(item.body)), [item.body]);
  // A broken picture only hides itself: the notice text is still worth showing.
  const [imageBroken, setImageBroken] = useState(false);
  const showImage = Boolean(item.imageUrl) && !imageBroken;
  return (
    <SlideShell item={item} className="paper">
      <div className={`announcement${showImage ? ' announcement--with-image' : ''}`}>
        <p className="slide-kicker">{item.kicker || t.typeLabel('announcement')}</p>
        <h2 className="slide-title">{keepTogether(item.title)}</h2>
        <div className="announcement__main">
          <FitText className="announcement__body" minScale={1} maxScale={1.6} contentKey={item.body}>
            {/* The only injected HTML in the app: Markdown sanitised by DOMPurify (markdown.ts). */}
            <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />
          </FitText>
          {showImage && (
            <img className="announcement__image" src={item.imageUrl} alt="" onError={() => setImageBroken(true)} />
          )}
        </div>
      </div>
    </SlideShell>
  );
}
