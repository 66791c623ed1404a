import { previewCss } from '@bangtin/display/preview';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface ScreenStageProps {
  /** The screen's own pixels (1920×1080 landscape, 1080×1920 portrait). */
  width: number;
  height: number;
  /** Names the frame for screen readers. */
  title: string;
  /** The tallest the scaled screen may be, in CSS pixels (portrait screens would otherwise be very tall). */
  maxHeight?: number;
  children: ReactNode;
}

/**
 * A screen-sized document, scaled down to fit its container. The kiosk's CSS sizes everything from the viewport
 * (1 vh units), so the slides render inside an iframe of the screen's real size: the same layout, pagination
 * and line breaks the screen will show, without the kiosk's global styles touching the console.
 */
export function ScreenStage({ width, height, title, maxHeight = 520, children }: ScreenStageProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [boxWidth, setBoxWidth] = useState(0);
  // Fonts inside the frame finish loading after the first layout; remount once so texts are fitted again.
  const [fontsGeneration, setFontsGeneration] = useState(0);

  useEffect(() => {
    const doc = frameRef.current?.contentDocument;
    if (!doc) return;
    doc.open();
    doc.write(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><base href="${window.location.origin}/"></head><body><div id="root"></div></body></html>`,
    );
    doc.close();
    const style = doc.createElement('style');
    style.textContent = previewCss;
    doc.head.append(style);
    const onFonts = () => setFontsGeneration((n) => n + 1);
    doc.fonts.addEventListener('loadingdone', onFonts);
    setRoot(doc.getElementById('root'));
    return () => doc.fonts.removeEventListener('loadingdone', onFonts);
  }, []);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => setBoxWidth(entry?.contentRect.width ?? 0));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const scale = boxWidth > 0 ? Math.min(boxWidth / width, maxHeight / height) : 0;
  return (
    <div ref={boxRef} className="screen-stage" style={{ height: height * scale }}>
      <iframe
        ref={frameRef}
        title={title}
        className="screen-stage__frame"
        tabIndex={-1}
        width={width}
        height={height}
        style={{ transform: `scale(${scale})`, visibility: scale > 0 ? 'visible' : 'hidden' }}
      />
      {root && createPortal(<div key={fontsGeneration} style={{ display: 'contents' }}>{children}</div>, root)}
    </div>
  );
}
