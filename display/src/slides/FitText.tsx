import { useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';

interface Props {
  /** Font size range as multiples of the profile's body size (--body), so the minimum stays readable. */
  minScale: number;
  maxScale: number;
  /** Changes when the text changes, to fit again. */
  contentKey: string;
  className?: string;
  children: ReactNode;
}

/**
 * Sets the largest font size in [min, max] at which the content fits its box (binary search on a CSS
 * variable, no React re-render). Refits on resize and when web fonts finish loading. If even the minimum
 * overflows, the box clips and is marked data-overflow for tests and the self-check.
 */
export function FitText({ minScale, maxScale, contentKey, className, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fitsAt = (scale: number) => {
      box.style.setProperty('--fit', scale.toFixed(3));
      return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
    };
    const fit = () => {
      if (box.clientHeight === 0) return;
      if (fitsAt(maxScale)) {
        box.dataset.overflow = 'false';
        return;
      }
      let low = minScale;
      let high = maxScale;
      for (let i = 0; i < 9; i += 1) {
        const mid = (low + high) / 2;
        if (fitsAt(mid)) low = mid;
        else high = mid;
      }
      box.dataset.overflow = String(!fitsAt(low));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    document.fonts.addEventListener('loadingdone', fit);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', fit);
    };
  }, [minScale, maxScale, contentKey]);

  const style = { '--fit': maxScale } as CSSProperties;
  return (
    <div ref={ref} className={`fit ${className ?? ''}`} style={style}>
      <div className="fit__inner">{children}</div>
    </div>
  );
}
