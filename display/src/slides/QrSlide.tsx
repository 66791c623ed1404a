import { keepTogether, type PublicContentOf } from '@bangtin/shared';
import { QrImage } from '../qr/QrImage.tsx';
import { useStrings } from '../i18n.ts';
import { SlideShell } from './SlideShell.tsx';

/** "Quét mã…": a big QR drawn on the kiosk, the address spelled out for those without a camera. */
export function QrSlide({ item }: { item: PublicContentOf<'qr'> }) {
  const t = useStrings();
  const address = item.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return (
    <SlideShell item={item} className="paper">
      <div className="qr-slide">
        <div className="qr-slide__text">
          <p className="slide-kicker">{t.qrKicker}</p>
          <h2 className="qr-slide__title">{keepTogether(item.title)}</h2>
          {item.caption && <p className="qr-slide__caption">{keepTogether(item.caption)}</p>}
          <p className="qr-slide__address">{address}</p>
        </div>
        <QrImage url={item.url} alt={item.title} className="qr-slide__code" testId="qr-code" />
      </div>
    </SlideShell>
  );
}
