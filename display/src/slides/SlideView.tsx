import type { PublicContentItem } from '@bangtin/shared';
import { lazy, Suspense } from 'react';
import { CommendationSlide } from './CommendationSlide.tsx';
import { DidYouKnowSlide } from './DidYouKnowSlide.tsx';
import { QrSlide } from './QrSlide.tsx';
import { ImageSlide } from './ImageSlide.tsx';
import { IndexResultSlide } from './IndexResultSlide.tsx';
import { ProcedureSummarySlide } from './procedure/ProcedureSummarySlide.tsx';
import { SloganSlide } from './SloganSlide.tsx';
import { useSnapshot } from './snapshotContext.ts';
import { VideoSlide } from './VideoSlide.tsx';

/**
 * Announcements carry the Markdown renderer and its sanitiser (marked + DOMPurify, a fifth of the kiosk's JS):
 * their own chunk, fetched when the first announcement is rendered — as the next slide, ahead of time — and
 * precached by the service worker like every chunk, so an offline kiosk still shows them.
 */
/** The full legal text of a procedure shows only on reception screens (walls show the summary): its own chunk too. */
const ProcedureSlide = lazy(() => import('./procedure/ProcedureSlide.tsx').then((module) => ({ default: module.ProcedureSlide })));
const AnnouncementSlide = lazy(() => import('./AnnouncementSlide.tsx').then((module) => ({ default: module.AnnouncementSlide })));

export interface SlideViewProps {
  item: PublicContentItem;
  /** A slide that cannot show (broken image…) calls this; the player skips it. */
  onFail: () => void;
}

/** One component per content type. Exported for the admin preview, which renders the very same slides. */
export function SlideView({ item, onFail }: SlideViewProps) {
  const { screen } = useSnapshot();
  switch (item.type) {
    case 'slogan':
      return <SloganSlide item={item} />;
    case 'procedure':
      // The full legal text where people sit and read (reception); one summary with a QR code on walls read in passing.
      return screen.profile === 'reception' ? (
        <Suspense fallback={null}>
          <ProcedureSlide item={item} />
        </Suspense>
      ) : (
        <ProcedureSummarySlide item={item} />
      );
    case 'indexResult':
      return <IndexResultSlide item={item} />;
    case 'announcement':
      return (
        <Suspense fallback={null}>
          <AnnouncementSlide item={item} />
        </Suspense>
      );
    case 'commendation':
      return <CommendationSlide item={item} />;
    case 'image':
      return <ImageSlide item={item} onFail={onFail} />;
    case 'qr':
      return <QrSlide item={item} />;
    case 'didYouKnow':
      return <DidYouKnowSlide item={item} />;
    case 'video':
      return <VideoSlide item={item} onFail={onFail} />;
  }
}
