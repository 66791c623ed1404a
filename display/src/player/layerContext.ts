import { createContext, useContext } from 'react';
import type { LayerRole } from './rotation.ts';

/** What a slide needs to know about its place on stage; paged slides show `page` and report their page count. */
export interface LayerInfo {
  role: LayerRole;
  /** The page on screen (the pre-rendered next copy sits on page 0). */
  page: number;
  /** Tells the rotation how many pages this slide has, so each page gets its own step. */
  reportPageCount: (pages: number) => void;
  /** A slide that ends by itself (a video) calls this on stage: the rotation moves on at once. */
  finish: () => void;
  /**
   * When the step on stage began: changes when a lone slide comes round again without leaving the stage (a video that
   * is the whole loop starts over instead of standing on its last frame).
   */
  stepStartedAt?: number;
}

export const LayerContext = createContext<LayerInfo>({ role: 'active', page: 0, reportPageCount: () => undefined, finish: () => undefined });

export function useLayer(): LayerInfo {
  return useContext(LayerContext);
}

/**
 * Test ids only on the visible slide: the pre-rendered next slide and the fading-out one carry none,
 * so `getByTestId('sample-label')` finds exactly the label on screen.
 */
export function useActiveTestId(testId: string): string | undefined {
  return useLayer().role === 'active' ? testId : undefined;
}
