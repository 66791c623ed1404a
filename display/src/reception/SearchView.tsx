import { lookUpProcedures } from '@bangtin/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useReceptionStrings } from './useReceptionStrings.ts';
import { ProcedureButton } from './ProcedureButton.tsx';
import type { Catalogue } from './useCatalogue.ts';
import { useFailedSearchReport } from './useFailedSearchReport.ts';
import { VietnameseKeyboard } from './VietnameseKeyboard.tsx';

interface Props {
  catalogue: Catalogue;
  query: string;
  onQuery: (query: string) => void;
  onOpen: (id: string) => void;
  /** "Xem tất cả thủ tục": back to the home grid by situation. */
  onBrowse: () => void;
  onFailedSearch: (query: string) => void;
  /** The school's phone for feedback (NĐ 20/2008), when set: offered when nothing is found. */
  deskPhone: string | null;
}

/**
 * Search as you type, with the on-screen keyboard (a physical keyboard works too). Tolerant of what people type on
 * phones (no spaces, no marks, telex left over, a slip), with "Có phải bạn muốn tìm …?" to tap; when nothing is found it
 * says so with the typed words and sends the parent to the desk — never a bare "try fewer words".
 */
export function SearchView({ catalogue, query, onQuery, onOpen, onBrowse, onFailedSearch, deskPhone }: Props) {
  const t = useReceptionStrings().reception;
  const input = useRef<HTMLInputElement>(null);
  const { hits, suggestions } = useMemo(() => lookUpProcedures(catalogue.index, query), [catalogue.index, query]);
  const searching = query.trim() !== '';
  useFailedSearchReport(searching && hits.length === 0 ? query : null, onFailedSearch);
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
        {!searching && <p className="rk-hint">{t.typeToSearch}</p>}
        {searching && suggestions.length > 0 && (
          <div className="rk-suggest" data-testid="rk-suggestions">
            <span className="rk-suggest__label">{t.didYouMean}</span>
            {suggestions.map((suggestion) => (
              <button key={suggestion} type="button" className="rk-suggest__button" onClick={() => onQuery(suggestion)} data-testid="rk-suggestion">
                {suggestion}?
              </button>
            ))}
          </div>
        )}
        {searching && hits.length > 0 && (
          <>
            <p className="rk-results__count" data-testid="rk-results-count">
              {t.resultsCount(hits.length)}
            </p>
            <ul className="rk-list">
              {hits.map(({ item }) => (
                <li key={item.id}>
                  <ProcedureButton procedure={item} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </>
        )}
        {searching && hits.length === 0 && (
          <div className="rk-notfound" data-testid="rk-not-found">
            <p className="rk-notfound__title" data-testid="rk-results-count">
              {t.notFound(query.trim())}
            </p>
            <p className="rk-notfound__desk">{t.askTheDesk}</p>
            {deskPhone && (
              <p className="rk-notfound__phone" data-testid="rk-desk-phone">
                {t.deskPhone(deskPhone)}
              </p>
            )}
            <button type="button" className="rk-button" onClick={onBrowse} data-testid="rk-browse">
              {t.browseAll}
            </button>
          </div>
        )}
      </div>
      <VietnameseKeyboard value={query} onChange={onQuery} />
    </div>
  );
}
