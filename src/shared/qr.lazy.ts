/**
 * A QR code (a payment page for the dues pay flow, the live check-in code for a meeting),
 * loaded only when one is first shown (a chunk of its
 * own in the CDN bundle). Drawn as one SVG path of unit squares, so no style attribute
 * is needed and it stays sharp at any size.
 */
import { encode } from 'uqr';

export interface QrCode {
  /** Modules per side, quiet zone included: the SVG's viewBox. */
  size: number;
  /** Path data of the dark modules. */
  path: string;
}

export function qrCode(text: string): QrCode {
  // Medium error correction survives a phone camera's glare; 4 modules of quiet zone as the standard asks.
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (path += `M${x} ${y}h1v1h-1z`)));
  return { size, path };
}
