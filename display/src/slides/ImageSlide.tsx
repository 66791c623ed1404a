import { keepTogether, type PublicContentOf } from '@bangtin/shared';
import { SlideShell } from './SlideShell.tsx';

/** A poster, letterboxed. A picture that fails to load skips the slide instead of showing a broken frame. */
export function ImageSlide({ item, onFail }: { item: PublicContentOf<'image'>; onFail: () => void }) {
  return (
    <SlideShell item={item} className="slide--dark">
      <figure className="poster">
        <img className="poster__image" src={item.url} alt={item.caption} onError={onFail} />
        {item.caption && <figcaption className="poster__caption">{keepTogether(item.caption)}</figcaption>}
      </figure>
    </SlideShell>
  );
}
