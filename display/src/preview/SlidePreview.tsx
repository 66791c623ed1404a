import type { DisplaySnapshot, PublicContentItem } from '@bangtin/shared';
import { Component, type ReactNode } from 'react';
import { Frame } from '../frame/Frame.tsx';
import { StringsContext, stringsFor, type Lang } from '../i18n.ts';
import { LayerContext } from '../player/layerContext.ts';
import { FallbackSlide } from '../slides/FallbackSlide.tsx';
import { SlideView } from '../slides/SlideView.tsx';
import { SnapshotContext } from '../slides/snapshotContext.ts';

export interface SlidePreviewProps {
  /** The screen's snapshot: its school, profile and sibling items (index trend charts read them). */
  snapshot: DisplaySnapshot;
  /** The slide to show; null shows the screen's fallback, as a kiosk with nothing to play does. */
  item: PublicContentItem | null;
  /** Paged slides (procedures) show this page. */
  page?: number;
  /** Paged slides report how many pages they have. */
  onPageCount?: (pages: number) => void;
  lang?: Lang;
  /** Shown instead of a slide that cannot render (broken image, a throw). */
  failedText?: string;
}

const ignore = () => undefined;

interface BoundaryProps {
  item: PublicContentItem;
  failedText: string;
  children: ReactNode;
}

/** Unlike the player's boundary (which skips a bad slide), this one says so and recovers on the next edit. */
class PreviewBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidUpdate(previous: BoundaryProps) {
    if (previous.item !== this.props.item && this.state.failed) this.setState({ failed: false });
  }
  override render() {
    return this.state.failed ? <p className="preview-failed">{this.props.failedText}</p> : this.props.children;
  }
}

/**
 * One screen as the kiosk draws it — frame, header, footer and the slide — from the display's own components.
 * Used by the office console for the editors' live preview and the screens page's live mirror; it must be
 * rendered into a document styled with `previewCss` and sized like the screen (the console uses an iframe).
 */
export function SlidePreview({ snapshot, item, page = 0, onPageCount = ignore, lang = 'vi', failedText = '—' }: SlidePreviewProps) {
  return (
    <StringsContext value={stringsFor(lang)}>
      <div className="app" data-profile={snapshot.screen.profile} data-preview="">
        <SnapshotContext value={snapshot}>
          <Frame snapshot={snapshot} online>
            <div className="player">
              <div className="stage">
                {item ? (
                  <div className="slide-layer slide-layer--active" data-testid="preview-slide" data-slide-id={item.id} data-slide-type={item.type}>
                    <LayerContext value={{ role: 'active', page, reportPageCount: onPageCount, finish: ignore }}>
                      <PreviewBoundary item={item} failedText={failedText}>
                        <SlideView item={item} onFail={ignore} />
                      </PreviewBoundary>
                    </LayerContext>
                  </div>
                ) : (
                  <FallbackSlide />
                )}
              </div>
            </div>
          </Frame>
        </SnapshotContext>
      </div>
    </StringsContext>
  );
}
