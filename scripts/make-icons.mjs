#!/usr/bin/env node
// Draws the add-in icon (a small table with a green check badge) and writes assets/icon-<n>.png and assets/logo.png.
// Dependency-free: shapes are signed-distance functions, supersampled for anti-aliasing, and the PNG is encoded with
// node's zlib. Run `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "assets");

const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 96];
const LOGO_SIZE = 256;

const BLUE = [15, 108, 189]; // Fluent brand blue
const WHITE = [255, 255, 255];
const GREEN = [16, 124, 16]; // Excel-ish green
const GRID = [115, 160, 205];

// ---- geometry (unit square, y down) ----------------------------------------------------------------------------
function sdRoundRect(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(x - cx) - hx;
  const qy = Math.abs(y - cy) - hy;
  const ox = Math.max(qx, 0);
  const oy = Math.max(qy, 0);
  return Math.hypot(ox, oy) + Math.min(Math.max(qx, qy), 0) - r;
}

function sdSegment(x, y, ax, ay, bx, by) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h);
}

/** Layers from bottom to top: [inside(x, y) → boolean, rgb]. `px` is one pixel in unit coordinates. */
function layers(px) {
  const line = Math.max(0.055, px); // grid lines stay at least one pixel wide
  const border = Math.max(0.07, px);
  const T = { x0: 0.05, y0: 0.1, x1: 0.83, y1: 0.86, r: 0.08 };
  const headerBottom = 0.32;
  const rows = [0.5, 0.68];
  const col = 0.36;
  const badge = { cx: 0.73, cy: 0.73, r: 0.25, ring: Math.max(0.05, px) };
  const check = [
    [0.615, 0.735],
    [0.705, 0.825],
    [0.85, 0.645],
  ];
  const checkW = Math.max(0.075, px * 1.2);
  const inTable = (x, y) => sdRoundRect(x, y, T.x0, T.y0, T.x1, T.y1, T.r) <= 0;
  return [
    [inTable, WHITE],
    [(x, y) => inTable(x, y) && y >= T.y0 && y <= headerBottom, BLUE],
    [(x, y) => inTable(x, y) && y > headerBottom && rows.some((ry) => Math.abs(y - ry) <= line / 2), GRID],
    [(x, y) => inTable(x, y) && y > headerBottom && Math.abs(x - col) <= line / 2, GRID],
    [(x, y) => Math.abs(sdRoundRect(x, y, T.x0, T.y0, T.x1, T.y1, T.r) + border / 2) <= border / 2, BLUE],
    [(x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r + badge.ring, WHITE],
    [(x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r, GREEN],
    [
      (x, y) =>
        Math.min(
          sdSegment(x, y, check[0][0], check[0][1], check[1][0], check[1][1]),
          sdSegment(x, y, check[1][0], check[1][1], check[2][0], check[2][1]),
        ) <=
        checkW / 2,
      WHITE,
    ],
  ];
}

function render(size) {
  const ss = size <= 32 ? 8 : 4; // subsamples per axis
  const ls = layers(1 / size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let hit = null;
          for (const [inside, rgb] of ls) if (inside(x, y)) hit = rgb;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return rgba;
}

// ---- PNG encoding ----------------------------------------------------------------------------------------------
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of ICON_SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
writeFileSync(join(outDir, "logo.png"), encodePng(LOGO_SIZE, render(LOGO_SIZE)));
console.log(`wrote ${join(outDir, "logo.png")}`);
