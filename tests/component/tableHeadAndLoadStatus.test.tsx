import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { hiddenColumn, numericColumn, TableHead } from '../../admin/src/ui/TableHead.tsx';
import { LoadStatus } from '../../admin/src/ui/Status.tsx';
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
