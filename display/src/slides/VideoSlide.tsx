import { keepTogether, type PublicContentOf } from '@bangtin/shared';
import { useEffect, useRef, useState } from 'react';
import { useActiveTestId, useLayer } from '../player/layerContext.ts';
import { SlideShell } from './SlideShell.tsx';

/** A video whose picture has not moved for this long (network gone mid-file, a decoder stuck) is skipped. */
export const VIDEO_STALL_MS = 10_000;

/**
 * A video from the library, always muted (a school lobby). Rendered ahead as the next slide, it loads (its poster frame
 * over it) and waits on its first frame; on stage it plays from the start `plays` times, then tells the rotation it is
 * done. A file that fails to load or stops moving is skipped like a broken picture: the rotation goes on without it.
 * Reduced motion is about the interface's own animations, not the school's content: the video plays regardless.
 */
export function VideoSlide({ item, onFail }: { item: PublicContentOf<'video'>; onFail: () => void }) {
  const { role, finish, stepStartedAt } = useLayer();
  const active = role === 'active';
  const video = useRef<HTMLVideoElement>(null);
  const playsLeft = useRef(item.plays);
  const [started, setStarted] = useState(false);
  const posterTestId = useActiveTestId('video-poster');
  const videoTestId = useActiveTestId('video');

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    if (!active) {
      element.pause();
      return;
    }
    const fail = (why: string) => {
      console.warn(`[bangtin] video ${item.id} (${item.url}) skipped: ${why}`);
      onFail();
    };
    element.muted = true; // the property, which autoplay rules read (React sets no attribute for `muted`)
    playsLeft.current = item.plays;
    element.currentTime = 0;
    element.play().catch((error: unknown) => {
      // AbortError: the slide left (or the source changed) before playing began; nothing to report.
      if (!(error instanceof DOMException && error.name === 'AbortError')) fail(`play() refused (${String(error)})`);
    });
    let lastTime = -1;
    let movedAt = Date.now();
    const watchdog = window.setInterval(() => {
      if (element.currentTime !== lastTime || element.ended) {
        lastTime = element.currentTime;
        movedAt = Date.now();
      } else if (Date.now() - movedAt > VIDEO_STALL_MS) {
        window.clearInterval(watchdog);
        fail(`no picture for ${VIDEO_STALL_MS / 1000} s (network state ${element.networkState}, ready state ${element.readyState})`);
      }
    }, 1000);
    return () => window.clearInterval(watchdog);
    // stepStartedAt: the same video on stage again (it is the whole loop) plays again from the start.
  }, [active, stepStartedAt, item.id, item.url, item.plays, onFail]);

  const onEnded = () => {
    if (!active) return;
    playsLeft.current -= 1;
    const element = video.current;
    if (playsLeft.current > 0 && element) {
      element.currentTime = 0;
      void element.play().catch(() => undefined); // a failure here is caught by the watchdog
    } else {
      finish();
    }
  };

  const onError = () => {
    if (!active && role !== 'next') return;
    const code = video.current?.error?.code;
    console.warn(`[bangtin] video ${item.id} (${item.url}) skipped: cannot load (media error ${code ?? '?'})`);
    onFail();
  };

  return (
    <SlideShell item={item} className="slide--dark">
      <figure className="poster video">
        <div className="video__frame">
          <video
            ref={video}
            className="video__media"
            src={item.url}
            muted
            playsInline
            preload="auto"
            disablePictureInPicture
            data-testid={videoTestId}
            onPlaying={() => setStarted(true)}
            onEnded={onEnded}
            onError={onError}
          />
          {!started && (
            <div className="video__poster" data-testid={posterTestId}>
              {item.posterUrl && <img className="video__poster-image" src={item.posterUrl} alt="" />}
            </div>
          )}
        </div>
        <figcaption className="poster__caption">{keepTogether(item.title)}</figcaption>
      </figure>
    </SlideShell>
  );
}
