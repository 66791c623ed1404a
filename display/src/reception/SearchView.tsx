import { searchProcedures } from '@bangtin/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useStrings } from '../i18n.ts';
import { ProcedureButton } from './ProcedureButton.tsx';
import type { Catalogue } from './useCatalogue.ts';
import { VietnameseKeyboard } from './VietnameseKeyboard.tsx';

interface Props {
  catalogue: Catalogue;
  query: string;
  onQuery: (query: string) => void;
  onOpen: (id: string) => void;
}

/** Search as you type, with the on-screen keyboard (a physical keyboard works too). */
export function SearchView({ catalogue, query, onQuery, onOpen }: Props) {
  const t = useStrings().reception;
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => searchProcedures(catalogue.index, query), [catalogue.index, query]);
  const searching = query.trim() !== '';
  useEffect(() => {
    input.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="rk-view rk-search" data-testid="rk-search-view">
      <label className="rk-search__label" htmlFor="rk-search-input">
        {t.searchLabel}
      </label>
      <input
        ref={input}
        id="rk-search-input"
        className="rk-search__input"
        type="search"
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        placeholder={t.searchPlaceholder}
        value={query}
        onChange={(event) => onQuery(event.target.value.normalize('NFC'))}
        data-testid="rk-search-input"
      />
      <div className="rk-search__results rk-scroll" aria-live="polite" data-testid="rk-results">
        {searching ? (
          <>
            <p className="rk-results__count" data-testid="rk-results-count">
              {t.resultsCount(hits.length)}
            </p>
            {hits.length === 0 && <p className="rk-hint">{t.noResultsHint}</p>}
            <ul className="rk-list">
              {hits.map(({ item }) => (
                <li key={item.id}>
                  <ProcedureButton procedure={item} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="rk-hint">{t.typeToSearch}</p>
        )}
      </div>
      <VietnameseKeyboard value={query} onChange={onQuery} />
    </div>
  );
}
