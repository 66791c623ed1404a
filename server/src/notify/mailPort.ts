import type { NotifySettings } from '@bangtin/shared';

export interface Mail {
  to: readonly string[];
  subject: string;
  text: string;
}

/** How notifications leave the server. The SMTP adapter below in production; tests may pass their own. */
export interface MailPort {
  send(settings: NotifySettings, mail: Mail): Promise<void>;
}

/**
 * nodemailer over the school's SMTP server, built per message from the stored settings (a settings change applies to
 * the next mail without a restart). Timeouts are short: a dead mail server must not pile up connections.
 */
export const smtpMailer: MailPort = {
  async send(settings, mail) {
    // Loaded with the first mail, not with the server: most schools send none, and every test app would pay for it.
    const { default: nodemailer } = await import('nodemailer');
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.user ? { auth: { user: settings.user, pass: settings.password } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    try {
      await transport.sendMail({ from: settings.from, to: [...mail.to], subject: mail.subject, text: mail.text });
    } finally {
      transport.close();
    }
  },
};
