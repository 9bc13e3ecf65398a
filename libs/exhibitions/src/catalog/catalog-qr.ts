import { create } from 'qrcode';

/**
 * A QR code of `url` as a small SVG (one path, a quiet zone of two modules, black on white),
 * for the PDF to embed: made synchronously from the code's modules, no canvas, no file.
 */
export function qrSvg(url: string): string {
  const { modules } = create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let path = '';
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if (modules.get(y, x)) path += `M${x} ${y}h1v1h-1z`;
  const side = size + 4;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect x="-2" y="-2" width="${side}" height="${side}" fill="#fff"/>` +
    `<path d="${path}" fill="#000"/></svg>`
  );
}
