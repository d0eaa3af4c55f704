/*
 * A link as a QR code, drawn as one SVG path: the modules come from uqr (a port of Nayuki's
 * QR Code generator, bundled: nothing is asked of the network), with a quiet zone of four
 * modules as the standard asks, so that a phone reads it from a projected screen. Error
 * correction is raised as far as the link's size allows (at least M): a projector's glare or
 * a head in the way loses some modules.
 */
import { encode } from 'uqr';

/** The modules, quiet zone included: `dark[y][x]` for the module in row y, column x. */
export type QrMatrix = { size: number; dark: boolean[][] };

const QUIET_ZONE = 4;

export function qrMatrix(text: string): QrMatrix {
  const { size, data } = encode(text, { ecc: 'M', boostEcc: true, border: QUIET_ZONE });
  return { size, dark: data };
}

/** One path of the dark modules, a rectangle per run in a row, in module units ("M4 4h7v1h-7z…"). */
export function qrPath({ dark }: QrMatrix): string {
  let path = '';
  dark.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      path += `M${start} ${y}h${x - start + 1}v1h-${x - start + 1}z`;
    }
  });
  return path;
}
