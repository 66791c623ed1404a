import { keepTogether, sourceLabel, type PublicContentItem } from '@bangtin/shared';
import type { ReactNode } from 'react';
import { useStrings } from '../i18n.ts';
import { useActiveTestId } from '../player/layerContext.ts';

interface Props {
  item: PublicContentItem;
  /** Extra class for the slide's look (theme, dark background…). */
  className?: string;
  children: ReactNode;
}

/** What every slide shares: an opaque background, the "sample data" badge and the source line (the site's name, not its URL). */
export function SlideShell({ item, className, children }: Props) {
  const t = useStrings();
  const sampleTestId = useActiveTestId('sample-label');
  return (
    <article className={`slide slide--${item.type} ${className ?? ''}`}>
      <div className="slide__content">{children}</div>
      {item.source && (
        <p className="slide__source">
          {t.source}: {keepTogether(sourceLabel(item.source))}
        </p>
      )}
      {item.sample && (
        <span className="sample-badge" data-testid={sampleTestId}>
          {t.sample}
        </span>
      )}
    </article>
  );
}
