import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { hiddenColumn, numericColumn, TableHead } from '../../admin/src/ui/TableHead.tsx';
import { LoadStatus, WhenLoaded } from '../../admin/src/ui/Status.tsx';
import { NamedOptions, Options } from '../../admin/src/ui/form/Options.tsx';
import { MediaPickRow } from '../../admin/src/media/MediaPickRow.tsx';
import { buttonNamed, renderAdmin } from './render.tsx';

describe('TableHead (one header row for every list and report table)', () => {
  it('keeps count columns right-aligned and an actions column named for screen readers only', () => {
    renderAdmin(
      <table>
        <TableHead columns={['Câu hỏi', numericColumn('Lượt trả lời'), numericColumn('Giờ', 'num'), hiddenColumn('Thao tác')]} />
      </table>,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((th) => th.textContent)).toEqual(['Câu hỏi', 'Lượt trả lời', 'Giờ', 'Thao tác']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(headers.map((th) => th.className)).toEqual(['', 'numeric', 'num', '']);
    expect(headers[3]!.querySelector('.visually-hidden')?.textContent).toBe('Thao tác');
    expect(headers[0]!.querySelector('.visually-hidden')).toBeNull();
  });

  it('takes a rendered element as a plain heading, not as a column description', () => {
    renderAdmin(
      <table>
        <TableHead columns={[<abbr key="t" title="Tổng">T</abbr>]} />
      </table>,
    );
    expect(screen.getByRole('columnheader').innerHTML).toBe('<abbr title="Tổng">T</abbr>');
  });
});

describe('LoadStatus (loading, or why it failed with a retry)', () => {
  it('says loading, then the failure with a retry that asks again, then nothing once loaded', async () => {
    const retry = vi.fn();
    const { user, rerender, container } = renderAdmin(<LoadStatus load={{ loading: true, retry }} />);
    expect(screen.getByRole('status').textContent).toBe('Đang tải…');

    rerender(<LoadStatus load={{ loading: false, error: new TypeError('Failed to fetch'), retry }} />);
    expect(screen.getByRole('alert')).toBeTruthy();
    await user.click(buttonNamed(screen, 'Thử lại'));
    expect(retry).toHaveBeenCalledTimes(1);

    rerender(<LoadStatus load={{ loading: false, retry }} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('WhenLoaded (the data, or the load status until there is some)', () => {
  it('hands the loaded data on and shows the failure instead while there is none', () => {
    const retry = vi.fn();
    const { rerender } = renderAdmin(<WhenLoaded load={{ loading: false, error: new TypeError('Failed to fetch'), retry }}>{(n: number) => <output>{n}</output>}</WhenLoaded>);
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(<WhenLoaded load={{ loading: false, data: 0, retry }}>{(n: number) => <output>{n}</output>}</WhenLoaded>);
    expect(screen.getByRole('status').textContent).toBe('0'); // a falsy value is data, not "still loading"
  });
});

describe('Options and NamedOptions (a select over an enum, numbers, or stored things)', () => {
  it('offers each value under its readable name, and stored things by id under their names', () => {
    renderAdmin(
      <>
        <select aria-label="Năm học">
          <Options values={[2025, 2026]} label={(y) => `${y}–${y + 1}`} />
        </select>
        <select aria-label="Màn hình">
          <NamedOptions items={[{ id: 's-1', name: 'Sảnh chính' }, { id: 's-2', name: 'Phòng một cửa' }]} />
        </select>
      </>,
    );
    const years = [...(screen.getByRole('combobox', { name: 'Năm học' }) as HTMLSelectElement).options];
    expect(years.map((o) => [o.value, o.text])).toEqual([['2025', '2025–2026'], ['2026', '2026–2027']]);
    const screens = [...(screen.getByRole('combobox', { name: 'Màn hình' }) as HTMLSelectElement).options];
    expect(screens.map((o) => [o.value, o.text])).toEqual([['s-1', 'Sảnh chính'], ['s-2', 'Phòng một cửa']]);
  });
});

describe('MediaPickRow (picture and video fields open the library the same way)', () => {
  it('stands for the field for screen readers, opens the library on click and keeps extra buttons after it', async () => {
    const onPick = vi.fn();
    const control = { id: 'f-url', name: 'url', 'aria-invalid': true, 'aria-describedby': 'f-url-error', 'data-testid': 'field-url' };
    const { user } = renderAdmin(
      <MediaPickRow control={control} thumb={<span>Chưa chọn</span>} thumbTestId="video-thumb" pickLabel="Chọn video" pickTestId="video-pick" onPick={onPick}>
        <button type="button">Bỏ</button>
      </MediaPickRow>,
    );
    const pick = buttonNamed(screen, 'Chọn video');
    expect([pick.id, pick.getAttribute('aria-invalid'), pick.getAttribute('aria-describedby'), pick.dataset.testid]).toEqual(['f-url', 'true', 'f-url-error', 'video-pick']);
    expect(screen.getByTestId('video-thumb').textContent).toBe('Chưa chọn');
    await user.click(pick);
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(pick.nextElementSibling?.textContent).toBe('Bỏ');
  });
});
