// Draws the app icons (a white "Q" ring on the theme colour) as PNG files, with no
// dependency: run `node scripts/make-icons.mjs` after changing the design; the output is committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BG = [0x1d, 0x4e, 0x89];
const FG = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage (0..1) of the Q glyph at pixel (x, y), scale = glyph radius in px. */
function glyph(x, y, cx, cy, r) {
  const d = Math.hypot(x - cx, y - cy);
  const ring = d <= r && d >= r * 0.62;
  // The tail: a thick diagonal stroke from the ring's lower right outwards.
  const tx = (x - cx) / r,
    ty = (y - cy) / r;
  const along = (tx + ty) / Math.SQRT2,
    across = (tx - ty) / Math.SQRT2;
  const tail = along > 0.45 && along < 1.3 && Math.abs(across) < 0.17;
  return ring || tail;
}

function png(size, { rounded, glyphScale }) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const cx = size / 2,
    cy = size / 2,
    r = (size / 2) * glyphScale;
  const radius = size * 0.18;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      let inside = true;
      if (rounded) {
        const qx = Math.max(radius - x, 0, x - (size - 1 - radius));
        const qy = Math.max(radius - y, 0, y - (size - 1 - radius));
        inside = Math.hypot(qx, qy) <= radius;
      }
      const colour = glyph(x + 0.5, y + 0.5, cx, cy - r * 0.08, r) ? FG : BG;
      raw.set([...colour, inside ? 255 : 0], i);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  header[10] = 0;
  header[11] = 0;
  header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('icon-192.png', out), png(192, { rounded: true, glyphScale: 0.5 }));
writeFileSync(new URL('icon-512.png', out), png(512, { rounded: true, glyphScale: 0.5 }));
// Maskable: full bleed, glyph inside the 80 % safe zone.
writeFileSync(new URL('maskable-512.png', out), png(512, { rounded: false, glyphScale: 0.36 }));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, { rounded: false, glyphScale: 0.42 }));
console.log('icons written to public/icons/');
