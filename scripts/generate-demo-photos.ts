/**
 * Draws the two placeholder photos of the demo roundup and writes them to public/demo/ as PNG:
 *   npx tsx scripts/generate-demo-photos.ts
 * They are illustrations (gradients and soft shapes suggesting the scene), not photographs, so the demo ships no
 * one's picture. The PNG encoder is a few lines over node:zlib; the output is deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
type Paint = Rgb | ((x: number, y: number) => Rgb);

const width = 960;
const height = 640;

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const t = Math.min(1, Math.max(0, amount));
  return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t, from[2] + (to[2] - from[2]) * t];
}

function hex(value: string): Rgb {
  const number = Number.parseInt(value.slice(1), 16);
  return [(number >> 16) & 0xff, (number >> 8) & 0xff, number & 0xff];
}

function verticalGradient(top: Rgb, bottom: Rgb, y0: number, y1: number): Paint {
  return (_x, y) => mix(top, bottom, (y - y0) / (y1 - y0));
}

/** A picture as floating-point RGB, painted shape by shape with anti-aliased edges from signed distances. */
class Picture {
  readonly pixels = new Float32Array(width * height * 3);

  fill(paint: Paint): void {
    this.shape({ left: 0, top: 0, right: width, bottom: height }, () => -1, paint);
  }

  /** `distance` is negative inside the shape; pixels within half a pixel of the edge are blended. */
  shape(
    box: { left: number; top: number; right: number; bottom: number },
    distance: (x: number, y: number) => number,
    paint: Paint,
    opacity = 1,
  ): void {
    const left = Math.max(0, Math.floor(box.left) - 1);
    const right = Math.min(width, Math.ceil(box.right) + 1);
    const top = Math.max(0, Math.floor(box.top) - 1);
    const bottom = Math.min(height, Math.ceil(box.bottom) + 1);
    for (let y = top; y < bottom; y += 1) {
      for (let x = left; x < right; x += 1) {
        const coverage = Math.min(1, Math.max(0, 0.5 - distance(x + 0.5, y + 0.5))) * opacity;
        if (coverage <= 0) continue;
        const color = typeof paint === 'function' ? paint(x + 0.5, y + 0.5) : paint;
        const index = (y * width + x) * 3;
        for (let channel = 0; channel < 3; channel += 1) {
          const current = this.pixels[index + channel]!;
          this.pixels[index + channel] = current + (color[channel]! - current) * coverage;
        }
      }
    }
  }

  circle(cx: number, cy: number, radius: number, paint: Paint, opacity = 1): void {
    this.shape(
      { left: cx - radius, top: cy - radius, right: cx + radius, bottom: cy + radius },
      (x, y) => Math.hypot(x - cx, y - cy) - radius,
      paint,
      opacity,
    );
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, paint: Paint, opacity = 1): void {
    this.shape(
      { left: cx - rx, top: cy - ry, right: cx + rx, bottom: cy + ry },
      (x, y) => {
        const k = Math.hypot((x - cx) / rx, (y - cy) / ry);
        return (k - 1) * Math.min(rx, ry);
      },
      paint,
      opacity,
    );
  }

  roundedRect(x0: number, y0: number, w: number, h: number, radius: number, paint: Paint, opacity = 1): void {
    const cx = x0 + w / 2;
    const cy = y0 + h / 2;
    this.shape(
      { left: x0, top: y0, right: x0 + w, bottom: y0 + h },
      (x, y) => {
        const qx = Math.abs(x - cx) - w / 2 + radius;
        const qy = Math.abs(y - cy) - h / 2 + radius;
        return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
      },
      paint,
      opacity,
    );
  }

  /** A crescent: a disc with an offset disc taken out of it. */
  crescent(cx: number, cy: number, radius: number, offsetX: number, offsetY: number, paint: Paint): void {
    this.shape(
      { left: cx - radius, top: cy - radius, right: cx + radius, bottom: cy + radius },
      (x, y) => Math.max(Math.hypot(x - cx, y - cy) - radius, -(Math.hypot(x - cx - offsetX, y - cy - offsetY) - radius * 0.86)),
      paint,
    );
  }

  /** A four-pointed sparkle. */
  sparkle(cx: number, cy: number, size: number, paint: Paint, opacity = 1): void {
    this.shape(
      { left: cx - size, top: cy - size, right: cx + size, bottom: cy + size },
      (x, y) => {
        const dx = Math.abs(x - cx);
        const dy = Math.abs(y - cy);
        return Math.sqrt(dx) + Math.sqrt(dy) - Math.sqrt(size);
      },
      paint,
      opacity,
    );
  }

  toRgbBytes(): Uint8Array {
    const bytes = new Uint8Array(width * height * 3);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = Math.round(Math.min(255, Math.max(0, this.pixels[index]!)));
    return bytes;
  }
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function paethPredictor(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** RGB PNG; each row takes the filter whose output has the smallest sum of magnitudes (libpng's heuristic). */
function encodePng(rgb: Uint8Array): Buffer {
  const stride = width * 3;
  const filtered = new Uint8Array((stride + 1) * height);
  const candidate = new Uint8Array(stride);
  const best = new Uint8Array(stride);
  for (let y = 0; y < height; y += 1) {
    const row = rgb.subarray(y * stride, (y + 1) * stride);
    const previous = y > 0 ? rgb.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    let bestFilter = 0;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let filter = 0; filter < 5; filter += 1) {
      let score = 0;
      for (let x = 0; x < stride; x += 1) {
        const left = x >= 3 ? row[x - 3]! : 0;
        const up = previous[x]!;
        const upLeft = x >= 3 ? previous[x - 3]! : 0;
        const predictor = [0, left, up, (left + up) >> 1, paethPredictor(left, up, upLeft)][filter]!;
        const value = (row[x]! - predictor) & 0xff;
        candidate[x] = value;
        score += value < 128 ? value : 256 - value;
      }
      if (score < bestScore) {
        bestScore = score;
        bestFilter = filter;
        best.set(candidate);
      }
    }
    filtered[y * (stride + 1)] = bestFilter;
    filtered.set(best, y * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(filtered, { level: 9 })),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

interface Person {
  x: number;
  /** Where the feet (or, seated, the seat) are. */
  ground: number;
  scale: number;
  skin: Rgb;
  hair: Rgb;
  clothes: Rgb;
}

function drawStandingPerson(picture: Picture, person: Person, holdsPaper: boolean): void {
  const { x, ground, scale, skin, hair, clothes } = person;
  const bodyHeight = 190 * scale;
  const bodyWidth = 92 * scale;
  const headRadius = 27 * scale;
  const shoulders = ground - bodyHeight;
  picture.ellipse(x, ground + 4, bodyWidth * 0.7, 10 * scale, hex('#7a5a44'), 0.25);
  picture.roundedRect(x - bodyWidth * 0.32, ground - 70 * scale, bodyWidth * 0.28, 70 * scale, 10 * scale, mix(clothes, hex('#1d2233'), 0.45));
  picture.roundedRect(x + bodyWidth * 0.04, ground - 70 * scale, bodyWidth * 0.28, 70 * scale, 10 * scale, mix(clothes, hex('#1d2233'), 0.45));
  picture.roundedRect(x - bodyWidth / 2, shoulders, bodyWidth, bodyHeight - 60 * scale, 30 * scale, verticalGradient(mix(clothes, hex('#ffffff'), 0.12), clothes, shoulders, ground - 60 * scale));
  picture.roundedRect(x - 9 * scale, shoulders + 2, 18 * scale, 46 * scale, 6 * scale, hex('#f7f4ee'));
  picture.roundedRect(x - 8 * scale, ground - 260 * scale + 70 * scale, 16 * scale, 16 * scale, 6 * scale, skin);
  const headY = shoulders - headRadius - 4 * scale;
  picture.circle(x, headY - 3 * scale, headRadius * 1.06, hair);
  picture.circle(x, headY + 3 * scale, headRadius * 0.96, skin);
  picture.ellipse(x, headY - headRadius * 0.55, headRadius * 0.95, headRadius * 0.45, hair);
  if (holdsPaper) {
    picture.roundedRect(x - 34 * scale, shoulders + 40 * scale, 68 * scale, 50 * scale, 3 * scale, hex('#fdfcf8'));
    picture.roundedRect(x - 24 * scale, shoulders + 52 * scale, 48 * scale, 4 * scale, 2, hex('#9fb3d9'));
    picture.roundedRect(x - 24 * scale, shoulders + 62 * scale, 36 * scale, 4 * scale, 2, hex('#c9d3e6'));
    picture.circle(x - 34 * scale, shoulders + 74 * scale, 8 * scale, skin);
    picture.circle(x + 34 * scale, shoulders + 74 * scale, 8 * scale, skin);
  }
}

/** The signing of the infant sleep-coaching agreement: representatives holding the agreement under a night-sky banner. */
function drawSleepCoaching(): Picture {
  const picture = new Picture();
  picture.fill(verticalGradient(hex('#d9d2ef'), hex('#f3e8dc'), 0, 520));
  picture.shape({ left: 0, top: 520, right: width, bottom: height }, (_x, y) => 520 - y, verticalGradient(hex('#c79a72'), hex('#a77a55'), 520, height));
  picture.roundedRect(0, 512, width, 10, 0, hex('#e9dccd'));

  picture.roundedRect(70, 48, 820, 270, 18, verticalGradient(hex('#27305e'), hex('#4b5596'), 48, 318));
  picture.circle(190, 150, 150, hex('#8f98d6'), 0.12);
  picture.crescent(190, 150, 62, 28, -16, hex('#ffe6a1'));
  const stars: [number, number, number][] = [
    [330, 95, 12], [420, 150, 7], [520, 90, 9], [610, 140, 6], [700, 85, 11], [790, 130, 7], [840, 220, 9], [300, 230, 6], [760, 260, 5],
  ];
  for (const [sx, sy, size] of stars) picture.sparkle(sx, sy, size, hex('#fff3c7'), 0.95);
  picture.ellipse(560, 292, 200, 34, hex('#ffffff'), 0.13);
  picture.ellipse(420, 300, 140, 26, hex('#ffffff'), 0.1);
  picture.roundedRect(400, 190, 330, 18, 9, hex('#f4f1ff'), 0.85);
  picture.roundedRect(450, 222, 230, 12, 6, hex('#c9cdf0'), 0.8);

  picture.ellipse(40, 470, 44, 70, hex('#6fa77a'));
  picture.ellipse(70, 430, 30, 56, hex('#86bd8f'));
  picture.roundedRect(14, 500, 72, 60, 10, hex('#e4d3c0'));
  picture.ellipse(925, 470, 40, 66, hex('#6fa77a'));
  picture.roundedRect(890, 500, 70, 60, 10, hex('#e4d3c0'));

  const skins = [hex('#f2cfa9'), hex('#e8bb92'), hex('#f5d6b8'), hex('#dcae86'), hex('#efc7a1'), hex('#e6b890'), hex('#f3d2b0')];
  const hairs = [hex('#2b2320'), hex('#3d302a'), hex('#1f1b1a'), hex('#5b4a3f'), hex('#2e2724'), hex('#8c8c8c'), hex('#3a2d27')];
  const clothes = [hex('#2f3c64'), hex('#7a3b4a'), hex('#3f5f5a'), hex('#444b57'), hex('#b88a5c'), hex('#2d4a7a'), hex('#6b4f7a')];
  for (let index = 0; index < 7; index += 1) {
    const x = 165 + index * 105;
    drawStandingPerson(picture, { x, ground: 590 - (index % 2) * 6, scale: 0.98 + (index % 3) * 0.04, skin: skins[index]!, hair: hairs[index]!, clothes: clothes[index]! }, true);
  }
  return picture;
}

function drawSeatedPerson(picture: Picture, person: Person, fromBehind: boolean): void {
  const { x, ground, scale, skin, hair, clothes } = person;
  const shoulderWidth = 104 * scale;
  const torsoHeight = 120 * scale;
  const headRadius = 27 * scale;
  const top = ground - torsoHeight;
  picture.roundedRect(x - shoulderWidth / 2, top, shoulderWidth, torsoHeight + 30 * scale, 34 * scale, verticalGradient(mix(clothes, hex('#ffffff'), 0.1), clothes, top, ground));
  if (clothes[2] > clothes[0] && !fromBehind) {
    picture.roundedRect(x - shoulderWidth / 2 + 6 * scale, top + 50 * scale, shoulderWidth - 12 * scale, 9 * scale, 4 * scale, hex('#f2b233'));
  } else if (clothes[2] > clothes[0]) {
    picture.roundedRect(x - shoulderWidth / 2 + 4 * scale, top + 44 * scale, shoulderWidth - 8 * scale, 10 * scale, 5 * scale, hex('#f2b233'));
  }
  picture.roundedRect(x - 9 * scale, top - 12 * scale, 18 * scale, 16 * scale, 6 * scale, mix(skin, hex('#000000'), 0.08));
  const headY = top - headRadius - 4 * scale;
  if (fromBehind) {
    picture.circle(x, headY, headRadius, hair);
  } else {
    picture.circle(x, headY - 3 * scale, headRadius * 1.04, hair);
    picture.circle(x, headY + 3 * scale, headRadius * 0.95, skin);
    picture.ellipse(x, headY - headRadius * 0.55, headRadius * 0.9, headRadius * 0.42, hair);
  }
}

/** Retired firefighters sharing their experience with the station's crew around a meeting table. */
function drawFireStation(): Picture {
  const picture = new Picture();
  picture.fill(verticalGradient(hex('#f6e7d4'), hex('#e9cfb2'), 0, 400));
  picture.roundedRect(0, 196, width, 22, 0, hex('#c73b2f'));
  picture.roundedRect(0, 222, width, 6, 0, hex('#e7a33a'));
  picture.shape({ left: 0, top: 400, right: width, bottom: height }, (_x, y) => 400 - y, verticalGradient(hex('#b58968'), hex('#8f6548'), 400, height));

  for (const windowX of [640, 780]) {
    picture.roundedRect(windowX, 40, 120, 130, 8, hex('#f9f4ec'));
    picture.roundedRect(windowX + 8, 48, 104, 114, 5, verticalGradient(hex('#a9d2ef'), hex('#e3f1fb'), 48, 162));
    picture.roundedRect(windowX + 58, 48, 4, 114, 0, hex('#f9f4ec'));
  }
  picture.circle(300, 110, 62, hex('#e7b04a'));
  picture.circle(300, 110, 52, hex('#c73b2f'));
  picture.ellipse(300, 112, 36, 24, hex('#f4d9b0'));
  picture.roundedRect(258, 120, 84, 12, 6, hex('#f4d9b0'));
  picture.roundedRect(292, 86, 16, 22, 4, hex('#c73b2f'));
  picture.roundedRect(60, 60, 150, 100, 6, hex('#fbf6ee'));
  picture.roundedRect(74, 76, 122, 10, 5, hex('#d9c2a6'));
  picture.roundedRect(74, 96, 92, 10, 5, hex('#e4d2bd'));
  picture.roundedRect(74, 116, 106, 10, 5, hex('#e4d2bd'));

  const uniform = hex('#22335a');
  const veteranJacket = hex('#7d5a43');
  const skins = [hex('#e9bf97'), hex('#f1cba6'), hex('#dcae86'), hex('#eec49c'), hex('#e3b58c')];
  const backRow: [number, Rgb, Rgb][] = [
    [200, uniform, hex('#2a2320')],
    [330, veteranJacket, hex('#bdbdbd')],
    [480, uniform, hex('#1f1b1a')],
    [630, veteranJacket, hex('#d2d2d2')],
    [760, uniform, hex('#3a2d27')],
  ];
  backRow.forEach(([x, clothes, hair], index) => {
    drawSeatedPerson(picture, { x, ground: 420, scale: 0.92, skin: skins[index]!, hair, clothes }, false);
  });

  picture.ellipse(480, 472, 372, 118, hex('#6e4630'));
  picture.ellipse(480, 462, 366, 112, verticalGradient(hex('#b07a52'), hex('#94603f'), 350, 574));
  picture.ellipse(480, 452, 300, 78, hex('#ffffff'), 0.06);
  const papers: [number, number][] = [[250, 430], [395, 405], [560, 410], [700, 432]];
  for (const [px, py] of papers) {
    picture.roundedRect(px - 36, py - 20, 72, 46, 3, hex('#fdfbf6'));
    picture.roundedRect(px - 26, py - 10, 52, 4, 2, hex('#cdb79c'));
    picture.roundedRect(px - 26, py, 40, 4, 2, hex('#ddcbb4'));
  }
  const cups: [number, number][] = [[320, 452], [470, 440], [620, 452], [760, 470], [190, 470]];
  for (const [cx, cy] of cups) {
    picture.ellipse(cx, cy + 14, 17, 6, hex('#5e3c28'), 0.35);
    picture.roundedRect(cx - 13, cy - 10, 26, 24, 7, hex('#fbfbfb'));
    picture.ellipse(cx, cy - 10, 13, 4.5, hex('#8a5a3a'));
  }

  const frontRow: [number, Rgb, Rgb][] = [
    [130, uniform, hex('#241d1a')],
    [390, veteranJacket, hex('#a9a9a9')],
    [590, uniform, hex('#2f2622')],
    [840, uniform, hex('#1f1b1a')],
  ];
  for (const [x, clothes, hair] of frontRow) {
    drawSeatedPerson(picture, { x, ground: 640, scale: 1.3, skin: hex('#e6b890'), hair, clothes }, true);
  }
  return picture;
}

const scenes = {
  'demo-sleep-coaching': drawSleepCoaching,
  'demo-fire-station': drawFireStation,
} as const;

const outputDirectory = new URL('../public/demo/', import.meta.url);
mkdirSync(outputDirectory, { recursive: true });
for (const [photoId, draw] of Object.entries(scenes)) {
  const png = encodePng(draw().toRgbBytes());
  writeFileSync(new URL(`${photoId}.png`, outputDirectory), png);
  console.log(`public/demo/${photoId}.png: ${width}×${height}, ${(png.length / 1024).toFixed(1)} kB`);
}
