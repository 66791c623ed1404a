import { schoolApi } from '@bangtin/shared/api';
import type { SchoolService } from '../../domain/school.ts';
import { bindRoutes } from '../route.ts';

export function schoolRoutes(schools: SchoolService) {
  return bindRoutes(schoolApi, {
    get: () => schools.get(),
    update: ({ body, user }) => schools.update(body, user),
  });
}
