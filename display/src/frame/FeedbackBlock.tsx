import { publicFeedback, type School } from '@bangtin/shared';
import { useStrings } from '../i18n.ts';

/**
 * NĐ 20/2008/NĐ-CP Điều 13: where posted procedures are, the address for phản ánh, kiến nghị must be
 * posted too. Shown on the reception screen, always, whatever slide is up — but only what the school has set: an
 * empty field (or an old "cập nhật trong phần Cài đặt" hint) is left out, and with nothing set the block is too.
 */
export function FeedbackBlock({ school }: { school: School }) {
  const t = useStrings();
  const { agency, lines } = publicFeedback(school.feedback);
  const labels = {
    address: t.feedbackAddress,
    mailingAddress: t.feedbackMailing,
    phone: t.feedbackPhone,
    email: t.feedbackEmail,
    website: t.feedbackWebsite,
  };
  return (
    <div className="frame-footer__reception">
      {(agency !== null || lines.length > 0) && (
        <section className="feedback" data-testid="feedback-block">
          <h2 className="feedback__title">{t.feedbackTitle}</h2>
          {agency !== null && <p className="feedback__agency">{agency}</p>}
          <dl className="feedback__lines">
            {lines.map(({ key, value }) => (
              <div key={key} className="feedback__line" data-testid={`feedback-${key}`}>
                <dt>{labels[key]}:</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {school.sampleData && <span className="sample-badge sample-badge--inline">{t.sample}</span>}
        </section>
      )}
      {school.officeHours && (
        <section className="office-hours">
          <h2 className="feedback__title">{t.officeHours}</h2>
          <p>{school.officeHours}</p>
        </section>
      )}
    </div>
  );
}
