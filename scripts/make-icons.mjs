// Draws Detour's toolbar icon (a detour arrow on an amber road sign) into public/icons/icon-{16,32,48,128}.png.
// No image library: shapes are rasterised with 4×4 supersampling and written as PNG with node:zlib.
// Run: node scripts/make-icons.mjs (the PNGs are committed; rerun only to change the design).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SIGN = [245, 158, 11]; // amber
const INK = [255, 255, 255];
const OUTLINE = [120, 53, 15];

// Geometry in a unit square. The route: up from the bottom left, across, and down into an arrowhead.
const ROUTE = [
  [0.3, 0.8],
  [0.3, 0.34],
  [0.7, 0.34],
  [0.7, 0.56],
];
const ARROW = [
  [0.55, 0.56],
  [0.85, 0.56],
  [0.7, 0.8],
];

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function insideTriangle([px, py], [a, b, c]) {
  const side = (p, q) => (px - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (py - q[1]);
  const s1 = side(a, b) < 0;
  const s2 = side(b, c) < 0;
  const s3 = side(c, a) < 0;
  return s1 === s2 && s2 === s3;
}

function insideRoundedSquare([px, py], margin, radius) {
  const cx = Math.min(Math.max(px, margin + radius), 1 - margin - radius);
  const cy = Math.min(Math.max(py, margin + radius), 1 - margin - radius);
  return Math.hypot(px - cx, py - cy) <= radius;
}

/** Colour (rgba) of one point of the unit square. */
function shade(point, size) {
  const stroke = size <= 16 ? 0.075 : 0.06;
  const onRoute = ROUTE.slice(1).some((end, i) => distanceToSegment(point, ROUTE[i], end) <= stroke);
  if (onRoute || insideTriangle(point, ARROW)) return [...INK, 255];
  if (insideRoundedSquare(point, 0.06, 0.16)) return [...SIGN, 255];
  if (insideRoundedSquare(point, 0.02, 0.2)) return [...OUTLINE, 255];
  return [0, 0, 0, 0];
}

function render(size) {
  const samples = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0 = PNG filter "none"
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const rgba = shade([(x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size], size);
          for (let c = 0; c < 3; c++) sum[c] += rgba[c] * rgba[3];
          sum[3] += rgba[3];
        }
      }
      const alpha = sum[3] / (samples * samples);
      for (let c = 0; c < 3; c++) row[1 + x * 4 + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      row[1 + x * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
