import { screenRoom } from '@bangtin/shared';
import type { DomainEvents } from '../domain/events.ts';
import { sessionRoom, type AdminNamespace } from './adminNamespace.ts';
import type { DisplayNamespace } from './displayNamespace.ts';

/**
 * What realtime does with domain events, all in one place: office consoles hear about every change, kiosks get
 * emergency notices at once (ahead of the snapshot the planner pushes), consoles of an ended session close.
 * Snapshots themselves are pushed by the planning step (scheduler/planner.ts → publisher.ts), not from here.
 */
export function pushDomainEvents(events: DomainEvents, admin: AdminNamespace, displays: DisplayNamespace): void {
  events.on('content.changed', ({ item }) => admin.emit('content:updated', item));
  events.on('school.changed', ({ school }) => admin.emit('school:updated', school));
  events.on('schedule.changed', () => admin.emit('schedules:updated'));
  events.on('emergency.status', ({ status }) => admin.emit('emergency:updated', status));
  events.on('emergency.changed', ({ screenIds, notice }) => {
    if (screenIds.length > 0) displays.to(screenIds.map(screenRoom)).emit('display:emergency', notice);
  });
  events.on('feedback.changed', () => admin.emit('feedback:updated', null));
  events.on('feedback.reminders', ({ counts }) => admin.emit('feedback:updated', counts));
  events.on('session.ended', ({ tokenHash }) => admin.in(sessionRoom(tokenHash)).disconnectSockets(true));
}
