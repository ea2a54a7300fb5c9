/**
 * A team link as a QR code, drawn in the page (src/shared/room/qr.ts, uqr) and shown as an image
 * from a data: address: nothing leaves the origin, and the policy's img-src allows data:.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { qrSvg } from '../../shared/room/qr';

export const TeamQr = memo(function TeamQr({ link, name }: { readonly link: string; readonly name: string }) {
  const { t } = useTranslation('seminar');
  return (
    <figure className="team-qr">
      <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(link))}`} alt={t('panel.qrAlt', { name })} data-testid="team-qr" />
      <figcaption className="small">{t('panel.qrHint')}</figcaption>
    </figure>
  );
});
