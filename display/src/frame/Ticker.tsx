import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';

/** Pixels per second of the scrolling ticker: slow enough to read while walking past. */
const TICKER_SPEED_PX_S = 90;

/**
 * The gate screen's quiet band. Static when the text fits; otherwise it scrolls slowly and loops
 * (pure CSS animation, so it costs no React renders).
 */
export function Ticker({ text }: { text: string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLSpanElement>(null);
  const [scrollPx, setScrollPx] = useState(0);

  useLayoutEffect(() => {
    const box = boxRef.current;
    const line = textRef.current;
    if (!box || !line) return;
    const measure = () => setScrollPx(line.offsetWidth > box.clientWidth ? line.offsetWidth : 0);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    document.fonts.addEventListener('loadingdone', measure);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', measure);
    };
  }, [text]);

  const scrolling = scrollPx > 0;
  const style = scrolling
    ? ({ '--ticker-distance': `${scrollPx}px`, '--ticker-duration': `${scrollPx / TICKER_SPEED_PX_S}s` } as CSSProperties)
    : undefined;
  return (
    <div className="ticker" ref={boxRef} data-testid="ticker">
      <div className={scrolling ? 'ticker__track ticker__track--scrolling' : 'ticker__track'} style={style}>
        <span ref={textRef} className="ticker__text">
          {text}
        </span>
        {scrolling && (
          <span className="ticker__text" aria-hidden="true">
            {text}
          </span>
        )}
      </div>
    </div>
  );
}
