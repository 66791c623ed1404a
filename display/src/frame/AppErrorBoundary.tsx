import { Component, type ErrorInfo, type ReactNode } from 'react';
import { NoticeScreen } from './NoticeScreen.tsx';

interface Props {
  /** Shown while waiting to reload. */
  title: string;
  children: ReactNode;
}

/** Reload after this long: long enough not to loop hard, short enough that a wall screen recovers by itself. */
const RELOAD_AFTER_MS = 30_000;

/**
 * Last line of defence outside the slides (which have their own boundary): instead of a blank page, a
 * message, then a reload that starts again from the cached snapshot.
 */
export class AppErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[bangtin] display failed; reloading soon', error, info.componentStack);
    window.setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
  }

  override render(): ReactNode {
    return this.state.failed ? <NoticeScreen title={this.props.title} testId="app-error" /> : this.props.children;
  }
}
