import {
  notifySettingsView,
  type ContentItem,
  type NotifySettings,
  type NotifySettingsUpdate,
  type NotifySettingsView,
  type PublicUser,
  type ScreenPresence,
} from '@bangtin/shared';
import type { Clock } from '../clock.ts';
import type { AuditLog } from '../domain/audit.ts';
import { AppError } from '../domain/errors.ts';
import type { DomainEvents } from '../domain/events.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import type { Mail, MailPort } from './mailPort.ts';
import { offlineMail, rejectedMail, submittedMail, testMail } from './messages.ts';

export interface NotifierDeps {
  store: Store;
  clock: Clock;
  audit: AuditLog;
  events: DomainEvents;
  logger: Logger;
  mail: MailPort;
  /** Live presence of the screens (realtime's), read by the offline check. */
  presence: () => ScreenPresence[];
  /**
   * Several processes: the offline check runs on whichever process claims each minute, so "one mail per outage" is
   * claimed in PostgreSQL too (cluster/link.ts); absent, this process's memory is the whole truth.
   */
  claimOnce?: (job: string, slot: string) => Promise<boolean>;
}

const view = ({ password, ...rest }: NotifySettings): NotifySettingsView => notifySettingsView.parse({ ...rest, passwordSet: password !== '' });
/** Addresses once each, whatever their case. */
const unique = (addresses: readonly string[]) => [...new Map(addresses.map((a) => [a.toLowerCase(), a] as const)).values()];
const ready = (s: NotifySettings) => s.enabled && s.host !== '' && s.from !== '';

/**
 * E-mail notifications: subscribes to the domain's events (a submission waiting → approvers; a rejection → the office)
 * and checks presence for screens silent longer than the school's threshold (→ admins, once per outage). Mail goes out
 * in the background: a slow or broken mail server never delays or fails the change that caused it.
 */
export function createNotifier({ store, clock, audit, events, logger, mail, presence, claimOnce }: NotifierDeps) {
  const inFlight = new Set<Promise<void>>();
  /** Screens already reported for their current outage (keyed by the lastSeen that started it). */
  const reported = new Map<string, string>();

  const deliver = (settings: NotifySettings, message: Mail) => {
    if (message.to.length === 0) return;
    const sending = mail
      .send(settings, message)
      .catch((error: unknown) => logger.warn({ err: error, subject: message.subject }, 'notification mail failed'))
      .finally(() => inFlight.delete(sending));
    inFlight.add(sending);
  };

  const context = async () => {
    const [settings, school] = await Promise.all([store.getNotifySettings(), store.getSchool()]);
    return { settings, schoolName: school.shortName || school.name, timeZone: school.timezone };
  };

  /**
   * Who hears of an item: "chờ duyệt" goes to the approvers listed in Cài đặt and every active approver account with an
   * address; a rejection goes to its author's own address, or to the office list when the author has none.
   */
  const recipientsFor = async (item: ContentItem, settings: NotifySettings): Promise<{ to: string[]; author: string }> => {
    const users = await store.listUsers();
    const author = users.find((u) => u.username === item.createdBy);
    if (item.status === 'rejected') {
      const own = author && !author.disabled && author.email ? [author.email] : [];
      return { to: own.length > 0 ? own : [...settings.office], author: author?.displayName ?? item.createdBy };
    }
    const approvers = users.filter((u) => u.role === 'approver' && !u.disabled && u.email).map((u) => u.email);
    return { to: unique([...settings.approvers, ...approvers]), author: item.createdBy };
  };

  events.on('content.changed', ({ item, previousStatus }) => {
    // A new item saved straight as "Gửi duyệt" is waiting too (it has no previous status).
    if (previousStatus === item.status) return;
    if (item.status !== 'submitted' && (item.status !== 'rejected' || previousStatus === undefined)) return;
    void context().then(async ({ settings, schoolName, timeZone }) => {
      if (!ready(settings)) return;
      const { to, author } = await recipientsFor(item, settings);
      if (item.status === 'submitted') deliver(settings, submittedMail(to, item, schoolName, timeZone));
      else deliver(settings, rejectedMail(to, item, author, schoolName, timeZone));
    });
  });

  return {
    async get(): Promise<NotifySettingsView> {
      return view(await store.getNotifySettings());
    },

    async update(input: NotifySettingsUpdate, actor: PublicUser): Promise<NotifySettingsView> {
      const stored = await store.getNotifySettings();
      const { password, clearPassword, ...rest } = input;
      const next: NotifySettings = { ...rest, password: clearPassword ? '' : password ? password : stored.password };
      await store.saveNotifySettings(next);
      await audit.record({
        actor: actor.username,
        action: 'notify.settings',
        entity: 'settings',
        entityId: 'notify',
        summary: `Cài đặt thư thông báo: ${next.enabled ? `bật, máy chủ ${next.host}:${next.port}` : 'tắt'}${password || clearPassword ? ', đổi mật khẩu SMTP' : ''}`,
      });
      return view(next);
    },

    /** "Gửi thư thử": sent now and awaited, so the page can say whether it worked. */
    async test(actor: PublicUser): Promise<{ sentTo: string[] }> {
      const { settings, schoolName, timeZone } = await context();
      const to = [...new Set([...settings.admins, ...settings.approvers, ...settings.office])];
      if (!settings.host || !settings.from || to.length === 0) {
        throw new AppError('VALIDATION_FAILED', 'Hãy nhập máy chủ thư, địa chỉ gửi và ít nhất một người nhận rồi lưu trước khi gửi thư thử.');
      }
      try {
        await mail.send(settings, testMail(to, schoolName, clock.now(), timeZone));
      } catch (error) {
        logger.warn({ err: error }, 'test mail failed');
        const reason = error instanceof Error ? error.message.replaceAll(settings.password || '\u0000', '***').slice(0, 200) : '';
        throw new AppError('VALIDATION_FAILED', `Không gửi được thư thử: ${reason}. Kiểm tra máy chủ, cổng, bảo mật và tài khoản.`);
      }
      await audit.record({ actor: actor.username, action: 'notify.test', entity: 'settings', entityId: 'notify', summary: `Gửi thư thử tới ${to.join(', ')}` });
      return { sentTo: to };
    },

    /** Run every minute (and by tests after moving the clock): screens silent past the threshold → one mail each. */
    async checkOffline(): Promise<void> {
      const { settings, schoolName, timeZone } = await context();
      const now = clock.now().getTime();
      const screens = new Map((await store.listScreens()).map((s) => [s.id, s]));
      const late: Mail[] = [];
      for (const p of presence()) {
        const screen = screens.get(p.screenId);
        if (p.online || !p.lastSeen || !screen) {
          reported.delete(p.screenId);
          continue;
        }
        const silentMs = now - Date.parse(p.lastSeen);
        if (silentMs < settings.offlineMinutes * 60_000 || reported.get(p.screenId) === p.lastSeen) continue;
        reported.set(p.screenId, p.lastSeen);
        if (claimOnce && !(await claimOnce(`offline-mail:${p.screenId}`, p.lastSeen))) continue;
        late.push(offlineMail(settings.admins, screen, new Date(p.lastSeen), settings.offlineMinutes, schoolName, timeZone));
      }
      if (ready(settings)) for (const message of late) deliver(settings, message);
    },

    /** Resolves when every mail started so far has been handed over (or failed): shutdown and tests. */
    async idle(): Promise<void> {
      await Promise.all([...inFlight]);
    },
  };
}
export type Notifier = ReturnType<typeof createNotifier>;
