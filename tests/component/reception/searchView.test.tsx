import { render, screen, fireEvent, act } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchView } from '../../../display/src/reception/SearchView.tsx';
import { useCatalogue } from '../../../display/src/reception/useCatalogue.ts';
import { FAILED_SEARCH_SETTLE_MS } from '../../../display/src/reception/useFailedSearchReport.ts';
import { PROCEDURES } from './receptionFixtures.ts';

function Harness({ initial, deskPhone, onFailedSearch }: { initial: string; deskPhone: string | null; onFailedSearch: (q: string) => void }) {
  const catalogue = useCatalogue(PROCEDURES);
  const [query, setQuery] = useState(initial);
  return (
    <>
      <SearchView
        catalogue={catalogue}
        query={query}
        onQuery={setQuery}
        onOpen={() => undefined}
        onBrowse={() => undefined}
        onFailedSearch={onFailedSearch}
        deskPhone={deskPhone}
      />
      <button type="button" onClick={() => setQuery('')} data-testid="clear">
        clear
      </button>
    </>
  );
}

const typeQuery = (text: string) => fireEvent.change(screen.getByTestId('rk-search-input'), { target: { value: text } });

describe('reception search view', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('"hotroantrua" typed without spaces: results at once, and "Có phải bạn muốn tìm hỗ trợ ăn trưa?" searches it when tapped', () => {
    render(<Harness initial="hotroantrua" deskPhone={null} onFailedSearch={() => undefined} />);
    expect(screen.getByTestId('rk-suggestions').textContent).toContain('Có phải bạn muốn tìm:');
    expect(screen.getAllByTestId('rk-procedure').map((b) => b.dataset.code)).toEqual(['1.001622']);
    fireEvent.click(screen.getByTestId('rk-suggestion'));
    expect(screen.getByTestId<HTMLInputElement>('rk-search-input').value).toBe('hỗ trợ ăn trưa');
    expect(screen.queryByTestId('rk-suggestions')).toBeNull();
    expect(screen.getAllByTestId('rk-procedure')[0]?.dataset.code).toBe('1.001622');
  });

  it('nothing found: says what was searched and sends the parent to the desk (with its phone when set), never "Thử gõ ít chữ hơn"', () => {
    render(<Harness initial="học bổng" deskPhone="024 3123 4567" onFailedSearch={() => undefined} />);
    const notFound = screen.getByTestId('rk-not-found');
    expect(screen.getByTestId('rk-results-count').textContent).toBe('Không tìm thấy thủ tục nào cho “học bổng”');
    expect(notFound.textContent).toContain('Mời quý phụ huynh hỏi cán bộ tại quầy tiếp nhận');
    expect(screen.getByTestId('rk-desk-phone').textContent).toBe('Hoặc gọi điện thoại: 024 3123 4567');
    expect(notFound.textContent).not.toMatch(/ít chữ hơn/);
    expect(screen.getByTestId('rk-browse').textContent).toBe('Xem tất cả thủ tục theo tình huống');
  });

  it('no desk phone set: no phone line (never an empty "Hoặc gọi điện thoại:")', () => {
    render(<Harness initial="học bổng" deskPhone={null} onFailedSearch={() => undefined} />);
    expect(screen.queryByTestId('rk-desk-phone')).toBeNull();
  });

  it('a failed search is reported once it has stood for a few seconds — not the letters typed on the way, not twice', () => {
    const reported: string[] = [];
    render(<Harness initial="" deskPhone={null} onFailedSearch={(q) => reported.push(q)} />);
    typeQuery('h'); // one letter: never a search
    act(() => vi.advanceTimersByTime(FAILED_SEARCH_SETTLE_MS));
    typeQuery('hoc bo');
    act(() => vi.advanceTimersByTime(FAILED_SEARCH_SETTLE_MS - 1000)); // still typing
    typeQuery('Học bổng');
    act(() => vi.advanceTimersByTime(FAILED_SEARCH_SETTLE_MS));
    expect(reported).toEqual(['hoc bong']);
    typeQuery('hoc bong ');
    act(() => vi.advanceTimersByTime(FAILED_SEARCH_SETTLE_MS));
    expect(reported).toEqual(['hoc bong']);
    // A search that finds something is not a failure.
    typeQuery('ho tro');
    act(() => vi.advanceTimersByTime(FAILED_SEARCH_SETTLE_MS));
    expect(reported).toEqual(['hoc bong']);
  });

  it('leaving the search with nothing found on screen reports it at once', () => {
    const reported: string[] = [];
    const { unmount } = render(<Harness initial="xe đưa đón" deskPhone={null} onFailedSearch={(q) => reported.push(q)} />);
    act(() => vi.advanceTimersByTime(1000));
    unmount();
    expect(reported).toEqual(['xe dua don']);
  });
});
