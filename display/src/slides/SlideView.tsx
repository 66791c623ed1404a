import type { PublicContentItem } from '@bangtin/shared';
import { AnnouncementSlide } from './AnnouncementSlide.tsx';
import { CommendationSlide } from './CommendationSlide.tsx';
import { QrSlide } from './QrSlide.tsx';
import { ImageSlide } from './ImageSlide.tsx';
import { IndexResultSlide } from './IndexResultSlide.tsx';
import { ProcedureSlide } from './procedure/ProcedureSlide.tsx';
import { SloganSlide } from './SloganSlide.tsx';

export interface SlideViewProps {
  item: PublicContentItem;
  /** A slide that cannot show (broken image…) calls this; the player skips it. */
  onFail: () => void;
}

/** One component per content type. Exported for the admin preview, which renders the very same slides. */
export function SlideView({ item, onFail }: SlideViewProps) {
  switch (item.type) {
    case 'slogan':
      return <SloganSlide item={item} />;
    case 'procedure':
      return <ProcedureSlide item={item} />;
    case 'indexResult':
      return <IndexResultSlide item={item} />;
    case 'announcement':
      return <AnnouncementSlide item={item} />;
    case 'commendation':
      return <CommendationSlide item={item} />;
    case 'image':
      return <ImageSlide item={item} onFail={onFail} />;
    case 'qr':
      return <QrSlide item={item} />;
  }
}
