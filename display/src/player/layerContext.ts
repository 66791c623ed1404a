import { createContext, useContext } from 'react';
import type { LayerRole } from './rotation.ts';

/** What a slide needs to know about its place on stage (paged slides run their own page clock from it). */
export interface LayerInfo {
  role: LayerRole;
  /** Epoch ms when this slide became active (meaningful only while role is 'active'). */
  startedAt: number;
  durationMs: number;
}

export const LayerContext = createContext<LayerInfo>({ role: 'active', startedAt: 0, durationMs: 0 });

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
