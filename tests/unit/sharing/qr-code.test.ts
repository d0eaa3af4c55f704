import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath, type QrMatrix } from '../../../src/lib/sharing/qr-code.ts';

/** The code as a grey image, `scale` pixels a module, read back by a decoder as a camera's would be. */
function decode(matrix: QrMatrix, scale = 4): string | undefined {
  const width = matrix.size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const value = matrix.dark[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return jsQR(pixels, width, width)?.data;
}

/** The matrix drawn back from the SVG path alone: what the screen shows. */
function fromPath(path: string, size: number): QrMatrix {
  const dark = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) dark[Number(y)]![Number(x) + i] = true;
  }
  return { size, dark };
}

const LINKS = ['http://localhost:4173/#/', 'https://quorum.example/delegations/oas/app/#/meeting/mispa-iii%2Fwg-2011-09-15'];

describe('qrMatrix', () => {
  it('encodes the link so that a decoder reads it back, the SVG path drawing the same modules', () => {
    for (const link of LINKS) {
      const matrix = qrMatrix(link);
      expect(decode(matrix)).toBe(link);
      expect(fromPath(qrPath(matrix), matrix.size)).toEqual(matrix);
      expect(decode(fromPath(qrPath(matrix), matrix.size))).toBe(link);
    }
  });

  it('keeps a quiet zone of four light modules on every side', () => {
    const { size, dark } = qrMatrix(LINKS[0]!);
    const edge = (i: number) => i < 4 || i >= size - 4;
    const darkInQuietZone = dark.flatMap((row, y) => row.filter((on, x) => on && (edge(x) || edge(y))));
    expect(darkInQuietZone).toEqual([]);
    expect(dark[4]![4]).toBe(true); // the finder pattern's corner starts right inside it
  });
});
