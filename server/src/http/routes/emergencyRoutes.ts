import { emergenciesApi } from '@bangtin/shared/api';
import type { EmergencyService } from '../../domain/emergencies.ts';
import { bindRoutes } from '../route.ts';

export function emergencyRoutes(emergencies: EmergencyService) {
  return bindRoutes(emergenciesApi, {
    list: () => emergencies.list(),
    send: ({ body, user }) => emergencies.start(body, user),
    clear: ({ params, user }) => emergencies.clear(params.id, user),
  });
}
