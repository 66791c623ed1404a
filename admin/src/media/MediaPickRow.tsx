import type { ReactNode } from 'react';
import type { ControlProps } from '../ui/form/Field.tsx';

interface MediaPickRowProps {
  /** The field's wiring: the pick button stands for the field (its label, hint and error point at it). */
  control: ControlProps;
  /** What is chosen now (a thumbnail, or why there is none). */
  thumb: ReactNode;
  thumbTestId: string;
  pickLabel: string;
  pickTestId: string;
  onPick: () => void;
  /** More buttons after "choose" (e.g. remove). */
  children?: ReactNode;
}

/** The thumbnail of the chosen library file beside the button that opens the library (pictures and videos alike). */
export function MediaPickRow({ control, thumb, thumbTestId, pickLabel, pickTestId, onPick, children }: MediaPickRowProps) {
  return (
    <div className="media-field__row">
      <div className="media-field__thumb" data-testid={thumbTestId}>
        {thumb}
      </div>
      <button
        type="button"
        className="button"
        id={control.id}
        aria-invalid={control['aria-invalid']}
        aria-describedby={control['aria-describedby']}
        onClick={onPick}
        data-testid={pickTestId}
      >
        {pickLabel}
      </button>
      {children}
    </div>
  );
}
