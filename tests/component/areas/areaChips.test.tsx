import { screen } from '@testing-library/react';
import { useState } from 'react';
import { DEFAULT_REFORM_AREAS } from '@bangtin/shared';
import { describe, expect, it, vi } from 'vitest';
import { AreaChips } from '../../../admin/src/areas/AreaChips.tsx';
import { renderAdmin } from '../render.tsx';

function Harness({ initial, onChange }: { initial: string[]; onChange: (v: string[]) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <AreaChips
      value={value}
      areas={DEFAULT_REFORM_AREAS}
      error={value.length === 0 ? 'Chọn ít nhất một lĩnh vực CCHC trước khi gửi duyệt' : undefined}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('AreaChips', () => {
  it('the office files an item under the plan’s sections by ticking chips, with the full section title at hand', async () => {
    const onChange = vi.fn();
    const { user } = renderAdmin(<Harness initial={['II.2b']} onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Lĩnh vực CCHC (mục của kế hoạch tuyên truyền)' });
    expect(group.textContent).toContain('II.2f Chính phủ điện tử, số');
    expect(screen.getByTestId('area-chip-II.2b')).toHaveProperty('checked', true);
    expect(screen.getByTestId('area-chip-II.1').closest('label')?.title).toBe('Tuyên truyền quan điểm, chỉ đạo của Đảng; chính sách, quy định của Nhà nước về CCHC');
    await user.click(screen.getByTestId('area-chip-II.3'));
    expect(onChange).toHaveBeenLastCalledWith(['II.2b', 'II.3']);
    await user.click(screen.getByTestId('area-chip-II.2b'));
    await user.click(screen.getByTestId('area-chip-II.3'));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(group.textContent).toContain('Chọn ít nhất một lĩnh vực CCHC trước khi gửi duyệt');
  });

  it('a code the school has since removed from its list still shows, so it can be taken off', async () => {
    const onChange = vi.fn();
    const { user } = renderAdmin(<Harness initial={['II.9', 'II.1']} onChange={onChange} />);
    await user.click(screen.getByTestId('area-chip-II.9'));
    expect(onChange).toHaveBeenLastCalledWith(['II.1']);
  });
});
