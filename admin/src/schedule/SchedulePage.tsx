import type { ScheduleRoute } from './routes.ts';
import { EmergencyPage } from '../emergency/EmergencyPage.tsx';
import { PlaylistsPage } from './PlaylistsPage.tsx';
import { ScheduleEditorPage } from './ScheduleEditorPage.tsx';
import { SchedulesPage } from './SchedulesPage.tsx';
import { ScheduleWeekPage } from './ScheduleWeekPage.tsx';

/** The scheduling pages behind their routes (App's switch hands every ScheduleRoute here). */
export function SchedulePage({ route }: { route: ScheduleRoute }) {
  switch (route.page) {
    case 'schedules':
      return <SchedulesPage />;
    case 'scheduleNew':
    case 'scheduleEdit':
      // One element for both, so a just-created entry keeps its form (and the server's warnings) on its new address.
      return <ScheduleEditorPage id={route.page === 'scheduleEdit' ? route.id : undefined} forContentId={route.page === 'scheduleNew' ? route.contentId : undefined} />;
    case 'scheduleWeek':
      return <ScheduleWeekPage />;
    case 'playlists':
      return <PlaylistsPage />;
    case 'emergency':
      return <EmergencyPage />;
  }
}
