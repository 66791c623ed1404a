import { describe, expect, it } from 'vitest';
import { allowedSteps, feedbackStatus, isOpen, mayPublish, mayTakeStep, senderMentions, stepTarget, type FeedbackStatus, type FeedbackStep } from '@bangtin/shared';

const STEPS: FeedbackStep[] = ['receive', 'start', 'reply', 'reject', 'forward'];

describe('the handling flow allows only the legal order of steps', () => {
  it('mới → đã tiếp nhận → đang xử lý → đã trả lời, one step at a time', () => {
    let status: FeedbackStatus = 'new';
    for (const step of ['receive', 'start', 'reply'] as const) {
      expect(mayTakeStep(status, step)).toBe(true);
      status = stepTarget(step);
    }
    expect(status).toBe('answered');
    expect(mayPublish(status)).toBe(true);
  });

  it('no skipping: a new item cannot be answered or started before it is received', () => {
    expect(mayTakeStep('new', 'reply')).toBe(false);
    expect(mayTakeStep('new', 'start')).toBe(false);
    expect(mayTakeStep('received', 'reply')).toBe(false);
  });

  it('không tiếp nhận only while classifying; đã chuyển until it is answered', () => {
    expect(mayTakeStep('new', 'reject')).toBe(true);
    expect(mayTakeStep('received', 'reject')).toBe(true);
    expect(mayTakeStep('processing', 'reject')).toBe(false);
    expect(mayTakeStep('processing', 'forward')).toBe(true);
    expect(mayTakeStep('answered', 'forward')).toBe(false);
  });

  it('closed items (rejected, forwarded, published) take no step and are not open', () => {
    for (const status of ['rejected', 'forwarded', 'published'] as const) {
      expect(allowedSteps(status)).toEqual([]);
      expect(isOpen(status)).toBe(false);
      for (const step of STEPS) expect(mayTakeStep(status, step)).toBe(false);
    }
  });

  it('published is never a step of the office: only the approval of the answer slide leads there', () => {
    for (const step of STEPS) expect(stepTarget(step)).not.toBe('published');
    expect(feedbackStatus.options).toContain('published');
  });
});

describe('the anonymity check warns before a sender detail reaches the public answer', () => {
  const sender = { name: 'Nguyễn Thị Lan', address: 'Nam Đô', phone: '0912 345 678', email: 'lan.nguyen@example.vn' };
  it('finds the name without diacritics, the phone with other spacing, the e-mail in any case', () => {
    expect(senderMentions('Phụ huynh NGUYEN THI LAN phản ánh…', sender)).toEqual(['name']);
    expect(senderMentions('Gọi lại số 0912.345.678', sender)).toEqual(['phone']);
    expect(senderMentions('Đã gửi tới Lan.Nguyen@Example.vn', sender)).toEqual(['email']);
  });
  it('an anonymised text passes, and so does a common one-word given name', () => {
    expect(senderMentions('Một phụ huynh lớp Lá 2 phản ánh giờ đón trẻ; bé Lan rất vui.', sender)).toEqual([]);
    expect(senderMentions('anything', null)).toEqual([]);
  });
});
