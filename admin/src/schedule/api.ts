// The scheduling calls now live with the rest of the console's client, built from the shared route contracts.
export { createScheduleApi, type EmergencyOverview, type SavedEntry, type ScheduleBundle } from '../api/scheduleClient.ts';
