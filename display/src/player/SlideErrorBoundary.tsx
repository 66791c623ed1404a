import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Called once when the slide throws; the player then skips it. */
  onError: () => void;
}

interface State {
  failed: boolean;
}

/** One slide that throws must not take the screen down: it renders nothing and is skipped. */
export class SlideErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[bangtin] slide failed to render', error, info.componentStack);
    this.props.onError();
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
