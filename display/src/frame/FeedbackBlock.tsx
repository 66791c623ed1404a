import type { School } from '@bangtin/shared';
import { useStrings } from '../i18n.ts';

/**
 * NĐ 20/2008/NĐ-CP Điều 13: where posted procedures are, the address for phản ánh, kiến nghị must be
 * posted too. Shown on the reception screen, always, whatever slide is up.
 */
export function FeedbackBlock({ school }: { school: School }) {
  const t = useStrings();
  const { feedback } = school;
  const lines: [string, string][] = [
    [t.feedbackAddress, feedback.address],
    [t.feedbackMailing, feedback.mailingAddress],
    [t.feedbackPhone, feedback.phone],
    [t.feedbackEmail, feedback.email],
    [t.feedbackWebsite, feedback.website],
  ];
  return (
    <div className="frame-footer__reception">
      <section className="feedback" data-testid="feedback-block">
        <h2 className="feedback__title">{t.feedbackTitle}</h2>
        <p className="feedback__agency">{feedback.agency}</p>
        <dl className="feedback__lines">
          {lines
            .filter(([, value]) => value !== '')
            .map(([label, value]) => (
              <div key={label} className="feedback__line">
                <dt>{label}:</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        {school.sampleData && <span className="sample-badge sample-badge--inline">{t.sample}</span>}
      </section>
      {school.officeHours && (
        <section className="office-hours">
          <h2 className="feedback__title">{t.officeHours}</h2>
          <p>{school.officeHours}</p>
        </section>
      )}
    </div>
  );
}
