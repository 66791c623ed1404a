import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FailedSearchList } from '../../../admin/src/lookups/FailedSearchList.tsx';
import { FeedbackBlock } from '../../../display/src/frame/FeedbackBlock.tsx';
import { renderAdmin } from '../render.tsx';
import { school } from './receptionFixtures.ts';

describe('the feedback block (NĐ 20/2008) never shows a placeholder to the public', () => {
  it('an unset field, or an old "cập nhật trong phần Cài đặt" hint, is left out; what is set is shown', () => {
    render(<FeedbackBlock school={school({ address: 'Địa chỉ nhà trường (cập nhật trong phần Cài đặt)', phone: '024 3123 4567' })} />);
    const block = screen.getByTestId('feedback-block');
    expect(block.textContent).not.toMatch(/Cài đặt/);
    expect(screen.queryByTestId('feedback-address')).toBeNull();
    expect(screen.queryByTestId('feedback-email')).toBeNull();
    expect(screen.getByTestId('feedback-phone').textContent).toBe('Điện thoại:024 3123 4567');
  });

  it('with nothing set at all, the block itself is left out (office hours stay)', () => {
    render(<FeedbackBlock school={school({ agency: ' ', address: '' })} />);
    expect(screen.queryByTestId('feedback-block')).toBeNull();
    expect(document.querySelector('.office-hours')?.textContent).toContain('Giờ làm việc');
  });

  it('a first start seeds no placeholder: the address is empty until the school sets it', () => {
    expect(school().feedback.address).toBe('');
  });
});

describe('the office\'s "Tìm không thấy" list', () => {
  it('lists what parents typed with the 7- and 30-day counts, or says there was nothing', () => {
    const { unmount } = renderAdmin(
      <FailedSearchList
        rows={[
          { query: 'hoc bong', last7Days: 2, last30Days: 12 },
          { query: 'xe dua don', last7Days: 1, last30Days: 1 },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Tìm không thấy' })).toBeTruthy();
    const rows = screen.getAllByTestId('failed-search-row');
    expect(rows.map((r) => r.dataset.query)).toEqual(['hoc bong', 'xe dua don']);
    expect(screen.getAllByTestId('failed-search-count').map((c) => c.textContent)).toEqual(['12', '1']);
    unmount();
    renderAdmin(<FailedSearchList rows={[]} />);
    expect(screen.getByTestId('failed-searches-empty').textContent).toContain('Chưa có lượt tìm nào không thấy kết quả');
  });
});
