import { slideSeconds, videoSlideSeconds, type PublicContentOf } from '@bangtin/shared';
import { describe, expect, it } from 'vitest';
import { formatVideoLength } from '../../../admin/src/media/videoLength.ts';

const video = (videoSeconds: number, plays: number, durationSeconds: number | null = null): PublicContentOf<'video'> => ({
  ...{ id: 'c-video', version: 1, validFrom: null, validUntil: null, sample: false, source: '' },
  durationSeconds,
  type: 'video',
  title: 'Lễ chào cờ',
  url: '/media/m-000000000001.mp4',
  posterUrl: null,
  videoSeconds,
  plays,
});

describe('a video slide stays on screen for the file’s length × plays, never a reading time or typed seconds', () => {
  it('rounds the loop time up to whole seconds and ignores a set duration (it would cut the film or hold a still)', () => {
    expect(slideSeconds(video(1.942, 1))).toBe(2);
    expect(slideSeconds(video(1.942, 20))).toBe(39);
    expect(slideSeconds(video(38, 3, 10))).toBe(114);
    expect(videoSlideSeconds({ videoSeconds: 300, plays: 2 })).toBe(600);
  });

  it('says the length as the office reads it: a short clip to the tenth, longer ones in minutes and seconds', () => {
    expect(formatVideoLength(1.942)).toBe('1,9 giây');
    expect(formatVideoLength(38)).toBe('38 giây');
    expect(formatVideoLength(114)).toBe('1 phút 54 giây');
    expect(formatVideoLength(120)).toBe('2 phút');
    expect(formatVideoLength(37.2)).toBe('38 giây');
  });
});
