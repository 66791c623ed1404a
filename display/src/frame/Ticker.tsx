import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useReducedMotion } from './useReducedMotion.ts';

/** Pixels per second of the scrolling ticker: slow enough to read while walking past. */
const TICKER_SPEED_PX_S = 90;

/** With reduced motion the band turns a page at a time instead of sliding: each page moves on by this share of the box… */
const PAGE_SHARE = 0.8;
/** …and stays still this long. */
const PAGE_MS = 7000;

/**
 * The gate screen's quiet band. Static when the text fits; otherwise it scrolls slowly and loops
 * (pure CSS animation, so it costs no React renders). A kiosk set to reduced motion (prefers-reduced-motion) gets
 * still pages instead, turned every few seconds: nothing to follow with the eye, and no frame drawn in between.
 */
export function Ticker({ text }: { text: string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLSpanElement>(null);
  const [scrollPx, setScrollPx] = useState(0);
  const [boxPx, setBoxPx] = useState(0);
  const [page, setPage] = useState(0);
  const reducedMotion = useReducedMotion();

  useLayoutEffect(() => {
    const box = boxRef.current;
    const line = textRef.current;
    if (!box || !line) return;
    const measure = () => {
      setScrollPx(line.offsetWidth > box.clientWidth ? line.offsetWidth : 0);
      setBoxPx(box.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    document.fonts.addEventListener('loadingdone', measure);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', measure);
    };
  }, [text]);

  const overflowing = scrollPx > 0;
  const pageStep = Math.max(1, boxPx * PAGE_SHARE);
  const pages = overflowing && reducedMotion ? Math.ceil(scrollPx / pageStep) : 0;
  useEffect(() => {
    if (pages < 2) return;
    const timer = window.setInterval(() => setPage((current) => current + 1), PAGE_MS);
    return () => window.clearInterval(timer);
  }, [pages]);

  const scrolling = overflowing && !reducedMotion;
  const style = pages
    ? { transform: `translateX(${-Math.min((page % pages) * pageStep, scrollPx)}px)` }
    : scrolling
    ? ({ '--ticker-distance': `${scrollPx}px`, '--ticker-duration': `${scrollPx / TICKER_SPEED_PX_S}s` } as CSSProperties)
    : undefined;
  return (
    <div className="ticker" ref={boxRef} data-testid="ticker">
      <div className={scrolling ? 'ticker__track ticker__track--scrolling' : 'ticker__track'} style={style}>
        <span ref={textRef} className="ticker__text">
          {text}
        </span>
        {(scrolling || pages > 0) && (
          <span className="ticker__text" aria-hidden="true">
            {text}
          </span>
        )}
      </div>
    </div>
  );
}
