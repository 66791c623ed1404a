import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ContentItem } from '@bangtin/shared';
import { OrderedContentList } from '../../../admin/src/schedule/OrderedContentList.tsx';
import type { ContentChoice } from '../../../admin/src/schedule/useContentChoices.ts';
import { renderAdmin } from '../render.tsx';

const choice = (id: string, label: string): ContentChoice => ({ id, label, item: { id, status: 'approved' } as ContentItem });

describe('the schedule content picker', () => {
  it('finds “Thông báo họp phụ huynh” when the office types “thong bao” without diacritics (or “don tre” for “đón trẻ”)', async () => {
    const choices = [choice('a', 'Thông báo họp phụ huynh'), choice('b', 'Giờ đón trẻ: an toàn giao thông'), choice('c', 'PAR INDEX 2024')];
    const { user } = renderAdmin(
      <OrderedContentList value={[]} choices={choices} byId={new Map(choices.map((c) => [c.id, c]))} onChange={vi.fn()} testId="schedule-content" />,
    );
    const search = screen.getByTestId('schedule-content-search');
    await user.type(search, 'thong bao');
    expect(screen.getAllByTestId('schedule-content-option').map((o) => o.dataset.id)).toEqual(['a']);
    await user.clear(search);
    await user.type(search, 'don tre');
    expect(screen.getAllByTestId('schedule-content-option').map((o) => o.dataset.id)).toEqual(['b']);
  });
});
