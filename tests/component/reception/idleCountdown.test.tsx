import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleCountdown } from '../../../display/src/reception/IdleCountdown.tsx';

describe('the idle return warns first', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ten seconds before the return it counts down "Quay về sau 10 giây — chạm để ở lại"; a touch keeps the page', () => {
    const onIdle = vi.fn();
    render(<IdleCountdown idleSeconds={60} onIdle={onIdle} onHoldPointer={() => undefined} />);
    act(() => vi.advanceTimersByTime(49_999));
    expect(screen.queryByTestId('rk-idle-warning')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByTestId('rk-idle-warning').textContent).toContain('Quay về sau 10 giây — chạm để ở lại');
    act(() => vi.advanceTimersByTime(3_000));
    expect(screen.getByTestId('rk-idle-warning').textContent).toContain('Quay về sau 7 giây');

    // A touch anywhere: the warning goes, the wait starts again from the full idle time.
    fireEvent.pointerDown(screen.getByTestId('rk-idle-warning'));
    expect(screen.queryByTestId('rk-idle-warning')).toBeNull();
    act(() => vi.advanceTimersByTime(49_000));
    expect(screen.queryByTestId('rk-idle-warning')).toBeNull();
    expect(onIdle).not.toHaveBeenCalled();

    // Nobody again: the countdown runs out and the look-up goes back to the rotation, once.
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByTestId('rk-idle-warning').textContent).toContain('10 giây');
    act(() => vi.advanceTimersByTime(10_000));
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('rk-idle-warning')).toBeNull();
  });

  it('a key or a scroll keeps the page too, and the touch that dismisses the warning is held (it presses nothing under it)', () => {
    const onIdle = vi.fn();
    const held = vi.fn();
    render(<IdleCountdown idleSeconds={15} onIdle={onIdle} onHoldPointer={held} />);
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByTestId('rk-idle-warning').textContent).toContain('10 giây');
    fireEvent.keyDown(window, { key: 'a' });
    expect(screen.queryByTestId('rk-idle-warning')).toBeNull();
    act(() => vi.advanceTimersByTime(6_000));
    fireEvent.scroll(window);
    act(() => vi.advanceTimersByTime(6_000));
    expect(screen.getByTestId('rk-idle-warning')).toBeTruthy();
    fireEvent.pointerDown(screen.getByTestId('rk-idle-warning'));
    expect(held).toHaveBeenCalledTimes(1);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
