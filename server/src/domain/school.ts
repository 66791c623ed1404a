import type { PublicUser, School } from '@bangtin/shared';
import type { Store } from '../store/store.ts';
import type { AuditLog } from './audit.ts';
import type { DomainEvents } from './events.ts';

export function createSchoolService({ store, audit, events }: { store: Store; audit: AuditLog; events: DomainEvents }) {
  return {
    get: () => store.getSchool(),
    async update(school: School, actor: PublicUser): Promise<School> {
      await store.saveSchool(school);
      await audit.record({
        actor: actor.username,
        action: 'school.update',
        entity: 'school',
        entityId: 'school',
        summary: 'Cập nhật thông tin nhà trường',
      });
      events.emit('school.changed', { school });
      return school;
    },
  };
}
export type SchoolService = ReturnType<typeof createSchoolService>;
