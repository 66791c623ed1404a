import { render, screen } from '@testing-library/react';
import type { DisplaySnapshot, PublicContentOf } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { AnnouncementSlide } from '../../../display/src/slides/AnnouncementSlide.tsx';
import { SnapshotContext } from '../../../display/src/slides/snapshotContext.ts';
import { answerSlideInput } from '../../../server/src/domain/feedback/answerSlide.ts';
import { SEED_SCREENS, seedSchool } from '../../../server/src/seed/demoDatabase.ts';

type Announcement = PublicContentOf<'announcement'>;

// happy-dom has no font loading API; FitText listens to it to fit the text again once fonts arrive.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() } });
}

function renderSlide(item: Announcement) {
  const gate = SEED_SCREENS[0];
  if (!gate) throw new Error('the seed has a gate screen');
  const snapshot: DisplaySnapshot = {
    version: 'v', generatedAt: '2026-12-05T03:00:00.000Z', screen: gate, school: seedSchool('Asia/Ho_Chi_Minh'),
    items: [item], emergency: null, nextChangeAt: null, schedule: null, catalogue: [],
  };
  return render(<SnapshotContext value={snapshot}><AnnouncementSlide item={item} /></SnapshotContext>);
}

describe('a published answer on the gate says what it is', () => {
  it('the answer slide’s badge reads "Trả lời phản ánh", an ordinary notice still reads "Thông báo"', () => {
    const input = answerSlideInput('GY-7K3Q', { baseVersion: 4, summary: 'Giờ trả trẻ muộn.', answer: 'Đã điều chỉnh.' }, '2026-12-05');
    if (input.type !== 'announcement') throw new Error('the answer is an announcement');
    const { title, body, kicker, validFrom, validUntil, durationSeconds, sample, source } = input;
    const answer: Announcement = { id: 'a1', version: 1, type: 'announcement', title, body, ...(kicker ? { kicker } : {}), validFrom, validUntil, durationSeconds, sample, source };
    const first = renderSlide(answer);
    expect(first.container.querySelector('.slide-kicker')?.textContent).toBe('Trả lời phản ánh');
    first.unmount();
    const { kicker: _none, ...notice } = answer;
    renderSlide({ ...notice, title: 'Lịch họp phụ huynh' });
    expect(screen.getByText('Lịch họp phụ huynh').closest('.announcement')?.querySelector('.slide-kicker')?.textContent).toBe('Thông báo');
  });
});
