import type { PointerEvent } from 'react';
import { useReceptionStrings } from './useReceptionStrings.ts';
import { applyTone, backspace, TONES, typeKey, type Tone } from './vietnameseInput.ts';

const ROWS = [
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '.'],
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm'],
  ['ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư'],
];
const TONE_KEYS: Tone[] = ['sac', 'huyen', 'hoi', 'nga', 'nang'];

interface Props {
  value: string;
  onChange: (value: string) => void;
}

/**
 * An on-screen keyboard for the touch kiosk: base letters, the Vietnamese letters, and a row of tone keys that put the
 * tone on the word being typed (no Telex to learn). Diacritics are optional anyway — the search ignores them.
 */
export function VietnameseKeyboard({ value, onChange }: Props) {
  const t = useReceptionStrings().reception;
  // Keys never take the focus from the search box (a physical keyboard keeps working alongside).
  const keepFocus = (event: PointerEvent) => event.preventDefault();
  const key = (label: string, action: () => void, extra: { className?: string; ariaLabel?: string; testId?: string } = {}) => (
    <button
      key={extra.testId ?? label}
      type="button"
      className={`vk-key ${extra.className ?? ''}`}
      aria-label={extra.ariaLabel}
      data-testid={extra.testId}
      onPointerDown={keepFocus}
      onClick={action}
    >
      {label}
    </button>
  );
  return (
    <div className="vk" role="group" aria-label={t.keyboard} data-testid="vk">
      {ROWS.map((row, r) => (
        <div key={r} className="vk-row">
          {row.map((k) => key(k, () => onChange(typeKey(value, k)), { testId: `vk-${k}` }))}
          {r === 3 && key('⌫', () => onChange(backspace(value)), { className: 'vk-key--wide', ariaLabel: t.keyBackspace, testId: 'vk-backspace' })}
        </div>
      ))}
      <div className="vk-row">
        {TONE_KEYS.map((tone) =>
          key(`a${TONES[tone]}`.normalize('NFC'), () => onChange(applyTone(value, tone)), {
            className: 'vk-key--tone',
            ariaLabel: t.tone[tone],
            testId: `vk-tone-${tone}`,
          }),
        )}
      </div>
      <div className="vk-row">
        {key(t.keySpace, () => onChange(typeKey(value, ' ')), { className: 'vk-key--space', testId: 'vk-space' })}
        {key(t.keyClear, () => onChange(''), { className: 'vk-key--wide', testId: 'vk-clear' })}
      </div>
    </div>
  );
}
