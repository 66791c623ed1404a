import { useScreens } from '../screens/useScreens.ts';
import { useContentChoices } from './useContentChoices.ts';
import { useScheduleBundle } from './useScheduleBundle.ts';

/** What the schedule pages read: the schedule bundle, the screens, and the content that can be scheduled. */
export function useScheduleSources() {
  const bundle = useScheduleBundle();
  const screens = useScreens();
  const content = useContentChoices();
  return { bundle, screens, content };
}
