import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Pager } from '../../admin/src/ui/Pager.tsx';
import { buttonNamed, renderAdmin } from './render.tsx';

describe('Pager', () => {
  it('draws nothing for a single page', () => {
    const { container } = renderAdmin(<Pager page={1} pages={1} onPage={() => undefined} />);
    expect(container.innerHTML).toBe('');
  });

  it('says where you are in Vietnamese and moves one page at a time, disabled at the ends', async () => {
    const onPage = vi.fn();
    const { user, rerender } = renderAdmin(<Pager page={1} pages={3} onPage={onPage} />);
    expect(screen.getByRole('navigation', { name: 'Phân trang' }).textContent).toContain('Trang 1/3');
    expect(buttonNamed(screen, 'Trang trước').disabled).toBe(true);
    await user.click(buttonNamed(screen, 'Trang sau'));
    expect(onPage).toHaveBeenLastCalledWith(2);

    rerender(<Pager page={3} pages={3} onPage={onPage} />);
    expect(buttonNamed(screen, 'Trang sau').disabled).toBe(true);
    await user.click(buttonNamed(screen, 'Trang trước'));
    expect(onPage).toHaveBeenLastCalledWith(2);
    expect(onPage).toHaveBeenCalledTimes(2);
  });
});
