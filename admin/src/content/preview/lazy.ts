import { lazy } from 'react';

// The kiosk's slide components (Markdown, sanitiser, QR encoder, charts) load only when a preview is on screen.
export const LazyPreviewPane = lazy(() => import('./PreviewPane.tsx').then((m) => ({ default: m.PreviewPane })));
export const LazyScreenMirror = lazy(() => import('./ScreenMirror.tsx').then((m) => ({ default: m.ScreenMirror })));
