/**
 * A team link as a QR code, drawn in the page (src/shared/room/qr.ts, uqr) and shown as an image
 * from a blob: address: nothing leaves the origin, and the Content-Security-Policy's img-src
 * allows blob: (not data:).
 */
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qrSvg } from '../../shared/room/qr';

export const TeamQr = memo(function TeamQr({ link, name, alt }: { readonly link: string; readonly name: string; readonly alt?: string }) {
  const { t } = useTranslation('seminar');
  // Made and revoked in one effect, so a remount (React's strict mode does one) never shows a revoked address.
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([qrSvg(link)], { type: 'image/svg+xml' }));
    setSrc(url);
    return () => URL.revokeObjectURL(url);
  }, [link]);
  return (
    <figure className="team-qr">
      {src && <img src={src} alt={alt ?? t('panel.qrAlt', { name })} data-testid="team-qr" />}
      <figcaption className="small">{t('panel.qrHint')}</figcaption>
    </figure>
  );
});
