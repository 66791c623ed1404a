import { useReceptionStrings } from './useReceptionStrings.ts';

export const TEXT_SCALES = [1, 1.15, 1.3, 1.5] as const;

interface Props {
  scaleIndex: number;
  onScale: (index: number) => void;
  onBack: () => void;
  onHome: (() => void) | null;
  onPrint: (() => void) | null;
}

/** Always at the top of the look-up: back (also Escape), home, text size A− / A+, print on the detail. */
export function KioskToolbar({ scaleIndex, onScale, onBack, onHome, onPrint }: Props) {
  const t = useReceptionStrings().reception;
  return (
    <nav className="rk-toolbar" aria-label={t.homeTitle}>
      <button type="button" className="rk-button rk-button--primary" onClick={onBack} data-testid="rk-back">
        <span aria-hidden="true">←</span> {t.back}
      </button>
      {onHome && (
        <button type="button" className="rk-button" onClick={onHome} data-testid="rk-home">
          {t.home}
        </button>
      )}
      <span className="rk-toolbar__spacer" />
      {onPrint && (
        <button type="button" className="rk-button" onClick={onPrint} data-testid="rk-print">
          {t.print}
        </button>
      )}
      <div className="rk-textsize" role="group" aria-label={`${t.textSmaller} / ${t.textLarger}`}>
        <button
          type="button"
          className="rk-button rk-button--square"
          aria-label={t.textSmaller}
          disabled={scaleIndex === 0}
          onClick={() => onScale(scaleIndex - 1)}
          data-testid="rk-text-smaller"
        >
          A−
        </button>
        <button
          type="button"
          className="rk-button rk-button--square rk-button--large-a"
          aria-label={t.textLarger}
          disabled={scaleIndex === TEXT_SCALES.length - 1}
          onClick={() => onScale(scaleIndex + 1)}
          data-testid="rk-text-larger"
        >
          A+
        </button>
      </div>
    </nav>
  );
}
