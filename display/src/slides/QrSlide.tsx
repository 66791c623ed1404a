import { keepTogether, publicFeedback, resolveQrTarget, type PublicContentOf } from '@bangtin/shared';
import { QrImage } from '../qr/QrImage.tsx';
import { useStrings } from '../i18n.ts';
import { SlideShell } from './SlideShell.tsx';
import { useSnapshot } from './snapshotContext.ts';

/**
 * "Quét mã…": a big QR drawn on the kiosk, the address spelled out for those without a camera. A page of the school's
 * site ("/gop-y") is encoded on the school's public address; without one there is no code (a LAN address would not
 * open on a parent's phone) but the school's feedback contact, and the office dashboard asks for the address.
 */
export function QrSlide({ item }: { item: PublicContentOf<'qr'> }) {
  const t = useStrings();
  const { school } = useSnapshot();
  const target = resolveQrTarget(item.url, school.publicUrl);
  const contact = publicFeedback(school.feedback).lines.filter((line) => line.key === 'phone' || line.key === 'email' || line.key === 'address');
  return (
    <SlideShell item={item} className="paper">
      <div className="qr-slide">
        <div className="qr-slide__text">
          {target && <p className="slide-kicker">{t.qrKicker}</p>}
          <h2 className="qr-slide__title">{keepTogether(item.title)}</h2>
          {item.caption && <p className="qr-slide__caption">{keepTogether(item.caption)}</p>}
          {target ? (
            <p className="qr-slide__address">{target.replace(/^https?:\/\//, '').replace(/\/$/, '')}</p>
          ) : (
            <div className="qr-slide__contact" data-testid="qr-no-public-address">
              <p className="qr-slide__caption">{t.qrNoPublicAddress}</p>
              {contact.map((line) => (
                <p key={line.key} className="qr-slide__address">
                  {keepTogether(line.value)}
                </p>
              ))}
            </div>
          )}
        </div>
        {target && <QrImage url={target} alt={item.title} className="qr-slide__code" testId="qr-code" />}
      </div>
    </SlideShell>
  );
}
