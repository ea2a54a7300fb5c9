/**
 * QR codes as SVG markup for the facilitator's screen (one per team, carrying its join link),
 * drawn in the page from the link itself: no image service, nothing leaves the origin. Medium
 * error correction survives a projector's glare and a phone held at an angle.
 */
import { renderSVG } from 'uqr';

export function qrSvg(text: string): string {
  return renderSVG(text, { ecc: 'M', border: 2 });
}
