// Draws icon.png (128x128): a check mark over a paragraph mark, on the
// navy of the gallery banner. Node built-ins only (zlib for the PNG), so it
// runs anywhere the project builds: `node scripts/makeIcon.mjs`. The PNG is
// committed; run this again only to change the design.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // 4x4 samples a pixel, for smooth edges

const NAVY = [31, 58, 95];
const PAPER = [246, 241, 229];
const GREEN = [63, 185, 80];

// Signed distances (negative inside) of the shapes, in pixels.
const box = (x, y, x0, y0, x1, y1) => Math.max(x0 - x, x - x1, y0 - y, y - y1);
const disc = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
function roundedSquare(x, y, inset, radius) {
  const qx = Math.abs(x - SIZE / 2) - (SIZE / 2 - inset - radius);
  const qy = Math.abs(y - SIZE / 2) - (SIZE / 2 - inset - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}
function segment(x, y, [ax, ay], [bx, by], width) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) - width / 2;
}

// The pilcrow: a bowl (the left of a disc) on two stems joined by a bar.
function pilcrow(x, y) {
  const bowl = Math.max(disc(x, y, 52, 42, 22), x - 60);
  const bar = box(x, y, 52, 20, 86, 28);
  const stems = Math.min(box(x, y, 58, 20, 66, 104), box(x, y, 76, 20, 84, 104));
  return Math.min(bowl, bar, stems);
}
const CHECK = [[60, 84], [78, 102], [112, 62]];
const check = (x, y, width) => Math.min(segment(x, y, CHECK[0], CHECK[1], width), segment(x, y, CHECK[1], CHECK[2], width));

/** The colour at a point, painted back to front; undefined outside the tile. */
function colourAt(x, y) {
  if (roundedSquare(x, y, 2, 24) > 0) return undefined;
  if (check(x, y, 14) <= 0) return GREEN;
  if (check(x, y, 24) <= 0) return NAVY; // a navy rim parts the check from the pilcrow
  if (pilcrow(x, y) <= 0) return PAPER;
  return NAVY;
}

function pixel(px, py) {
  const sum = [0, 0, 0];
  let covered = 0;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const c = colourAt(px + (i + 0.5) / SAMPLES, py + (j + 0.5) / SAMPLES);
      if (!c) continue;
      covered++;
      for (let k = 0; k < 3; k++) sum[k] += c[k];
    }
  }
  if (covered === 0) return [0, 0, 0, 0];
  return [...sum.map((s) => Math.round(s / covered)), Math.round((255 * covered) / SAMPLES ** 2)];
}

function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
  const row = y * (1 + SIZE * 4); // each row starts with filter type 0 (none)
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(rows, row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../icon.png', import.meta.url), png);
console.log(`icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);
