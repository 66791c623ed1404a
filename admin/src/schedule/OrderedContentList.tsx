import { useId, useState } from 'react';
import { foldVietnameseLine } from '@bangtin/shared';
import type { ContentChoice } from './useContentChoices.ts';
import { useI18n } from '../i18nContext.tsx';
import { StatusBadge } from '../content/Badges.tsx';

interface OrderedContentListProps {
  /** Chosen content ids, in play order. */
  value: readonly string[];
  choices: readonly ContentChoice[];
  byId: ReadonlyMap<string, ContentChoice>;
  onChange: (ids: string[]) => void;
  /** data-testid prefix ("schedule-content", "playlist-content"). */
  testId: string;
  invalid?: boolean;
  describedBy?: string | undefined;
}

const move = (list: readonly string[], from: number, to: number) => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/**
 * Chosen items in order with ↑ ↓ ✕ buttons (keyboard and screen-reader friendly, no drag), and below them a
 * search over the rest with "Thêm" buttons. Approved items come first; others show their status (they will not
 * play until approved).
 */
export function OrderedContentList({ value, choices, byId, onChange, testId, invalid, describedBy }: OrderedContentListProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const searchId = useId();
  // "thong bao" finds "Thông báo": the office types without diacritics on many keyboards (the shared folding rule).
  const query = foldVietnameseLine(search);
  const available = choices.filter((c) => !value.includes(c.id) && (query === '' || foldVietnameseLine(c.label).includes(query)));
  const shown = available.slice(0, 8);

  return (
    <div className={`ordered-list${invalid ? ' ordered-list--invalid' : ''}`}>
      {value.length === 0 ? (
        <p className="muted ordered-list__empty">{t('picker.noneChosen')}</p>
      ) : (
        <ol className="ordered-list__chosen" data-testid={`${testId}-chosen`} aria-describedby={describedBy}>
          {value.map((id, index) => {
            const choice = byId.get(id);
            const label = choice?.label ?? t('picker.missing');
            return (
              <li key={id} className="ordered-list__item" data-testid={`${testId}-item`} data-id={id}>
                <span className="ordered-list__index">{index + 1}.</span>
                <span className="ordered-list__label">
                  {label} {choice && choice.item.status !== 'approved' && <StatusBadge status={choice.item.status} />}
                </span>
                <span className="ordered-list__buttons">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={index === 0}
                    onClick={() => onChange(move(value, index, index - 1))}
                    aria-label={t('picker.moveUp', { name: label })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={index === value.length - 1}
                    onClick={() => onChange(move(value, index, index + 1))}
                    aria-label={t('picker.moveDown', { name: label })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet-danger"
                    onClick={() => onChange(value.filter((x) => x !== id))}
                    aria-label={t('picker.remove', { name: label })}
                  >
                    ✕
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="ordered-list__add">
        <label className="field__label" htmlFor={searchId}>
          {t('picker.add')}
        </label>
        <input
          id={searchId}
          type="search"
          placeholder={t('picker.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid={`${testId}-search`}
        />
        <ul className="ordered-list__options">
          {shown.map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                className="ordered-list__option"
                onClick={() => onChange([...value, choice.id])}
                data-testid={`${testId}-option`}
                data-id={choice.id}
              >
                <span className="ordered-list__plus" aria-hidden="true">
                  +
                </span>
                <span className="ordered-list__label">{choice.label}</span>
                <StatusBadge status={choice.item.status} />
              </button>
            </li>
          ))}
        </ul>
        {available.length > shown.length && <p className="muted">{t('picker.more', { count: available.length - shown.length })}</p>}
        {available.length === 0 && <p className="muted">{t('picker.noMatch')}</p>}
      </div>
    </div>
  );
}
