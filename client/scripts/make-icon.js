// Draws client/images/icon.png (128x128): a letter page on a navy tile with a green check seal.
// Plain Node (zlib for the PNG stream), 4x4 supersampling for smooth edges; rerun after a change.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;
const SAMPLES = 4;
const NAVY = [31, 58, 95];
const PAGE = [250, 250, 247];
const FOLD = [205, 212, 222];
const LINE = [150, 162, 180];
const GREEN = [46, 160, 67];
const WHITE = [255, 255, 255];

const inRoundedRect = (x, y, left, top, right, bottom, radius) => {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const nearSegment = (x, y, [ax, ay], [bx, by], width) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (width / 2) ** 2;
};

/** The colour at a point, or undefined outside the tile; later shapes paint over earlier ones. */
function colourAt(x, y) {
  if (!inRoundedRect(x, y, 4, 4, 124, 124, 22)) return undefined;
  let colour = NAVY;
  const onPage = x >= 30 && x <= 94 && y >= 18 && y <= 108 && x - 76 <= y - 18; // top-right corner cut for the fold
  if (onPage) colour = PAGE;
  if (x >= 76 && x <= 94 && y >= 18 && y <= 36 && x - 76 <= y - 18) colour = FOLD;
  for (const lineY of [48, 60, 72, 84]) {
    if (onPage && y >= lineY - 2 && y <= lineY + 2 && x >= 40 && x <= (lineY === 84 ? 66 : 84)) colour = LINE;
  }
  if (inCircle(x, y, 92, 92, 24)) colour = WHITE;
  if (inCircle(x, y, 92, 92, 20)) colour = GREEN;
  if (nearSegment(x, y, [81, 92], [89, 100], 6) || nearSegment(x, y, [89, 100], [104, 84], 6)) colour = WHITE;
  return colour;
}

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
      if (!colour) continue;
      colour.forEach((value, channel) => (sum[channel] += value));
      sum[3] += 255;
    }
  }
  const covered = sum[3] / 255;
  const n = SAMPLES * SAMPLES;
  return covered === 0
    ? [0, 0, 0, 0]
    : [...sum.slice(0, 3).map((value) => Math.round(value / covered)), Math.round(sum[3] / n)];
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const rows = [];
for (let y = 0; y < SIZE; y++) {
  rows.push(Buffer.from([0])); // filter: none
  const row = [];
  for (let x = 0; x < SIZE; x++) row.push(...pixel(x, y));
  rows.push(Buffer.from(row));
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.resolve(__dirname, '..', 'images', 'icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
