import { z } from 'zod';
import { text } from './text.ts';

const email = z.string().trim().max(200).pipe(z.email('Địa chỉ thư không hợp lệ'));
/** Who gets each kind of mail: approvers (submissions waiting), the office (rejections), admins (screens offline). */
const recipients = z.array(email).max(20);

/**
 * E-mail notifications (Cài đặt → Thư thông báo). Stored server-side only, outside the public school record; the
 * password never leaves the server (the console sees `passwordSet`). Without a host, nothing is sent.
 */
export const notifySettings = z.object({
  enabled: z.boolean(),
  host: text(200),
  port: z.int().min(1).max(65535),
  /** TLS from the first byte (465); otherwise STARTTLS when the server offers it (587/25). */
  secure: z.boolean(),
  user: text(200),
  password: z.string().max(500),
  from: z.union([email, z.literal('')]),
  approvers: recipients,
  office: recipients,
  admins: recipients,
  /** A screen silent this many minutes is reported to the admins (once per outage). */
  offlineMinutes: z.int().min(5, 'Tối thiểu 5 phút').max(1440, 'Tối đa 1 ngày'),
});
export type NotifySettings = z.infer<typeof notifySettings>;

export const DEFAULT_NOTIFY_SETTINGS: NotifySettings = {
  enabled: false,
  host: '',
  port: 587,
  secure: false,
  user: '',
  password: '',
  from: '',
  approvers: [],
  office: [],
  admins: [],
  offlineMinutes: 15,
};

/** What the console reads: everything but the password. */
export const notifySettingsView = notifySettings.omit({ password: true }).extend({ passwordSet: z.boolean() });
export type NotifySettingsView = z.infer<typeof notifySettingsView>;

/** What the console sends: an empty password keeps the stored one; `clearPassword` removes it. */
export const notifySettingsUpdate = notifySettings
  .extend({ password: z.string().max(500).optional(), clearPassword: z.boolean().optional() })
  .refine((s) => !s.enabled || (s.host !== '' && s.from !== ''), { message: 'Cần máy chủ thư và địa chỉ gửi để bật thư thông báo', path: ['host'] });
export type NotifySettingsUpdate = z.infer<typeof notifySettingsUpdate>;

export const notifyTestResult = z.object({ sentTo: z.array(z.string()) });
