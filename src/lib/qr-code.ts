import QRCode from 'qrcode';

/**
 * A QR code of `text` as an SVG drawn at build time: black modules on white with the standard
 * four-module quiet zone, medium error correction (a printed code survives a crease or a stain).
 * No script runs in the reader's browser; the same text gives the same SVG.
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    margin: 4,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
}
