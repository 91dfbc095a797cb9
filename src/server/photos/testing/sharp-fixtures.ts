import sharp, { type Sharp } from 'sharp';

/** A smooth colour ramp, so encoders produce realistic files (a flat colour compresses to nothing). */
function ramp(width: number, height: number): Sharp {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 3;
      pixels[offset] = Math.round((x / width) * 255);
      pixels[offset + 1] = Math.round((y / height) * 255);
      pixels[offset + 2] = 128;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

async function bytesOf(image: Sharp): Promise<Uint8Array> {
  return new Uint8Array(await image.toBuffer());
}

/** A Gwangju location, camera details and XMP: what a phone photo carries and a newspaper must not publish. */
const gwangjuExif = {
  IFD0: { Make: 'Bureau Camera', Model: 'Test 1', Copyright: '광산구 제공', Orientation: '1' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 8/1 2/1', GPSLongitudeRef: 'E', GPSLongitude: '126/1 47/1 35/1' },
};

/** Real photos made with sharp (libvips), for the sharp processor's tests. */
export const sharpFixtures = {
  jpeg: (width: number, height: number) => bytesOf(ramp(width, height).jpeg({ quality: 85 })),
  png: (width: number, height: number) => bytesOf(ramp(width, height).png()),
  webp: (width: number, height: number) => bytesOf(ramp(width, height).webp()),
  avif: (width: number, height: number) => bytesOf(ramp(width, height).avif({ effort: 0 })),
  /** A JPEG with GPS EXIF, camera make and model, XMP and an ICC profile. */
  jpegWithLocation: (width: number, height: number) =>
    bytesOf(
      ramp(width, height)
        .withExif(gwangjuExif)
        .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
        .withIccProfile('srgb')
        .jpeg({ quality: 85 }),
    ),
  /** Stored `width`×`height` with EXIF orientation 6: a camera held upright, displayed `height`×`width`. */
  jpegTurned: (width: number, height: number) => bytesOf(ramp(width, height).withMetadata({ orientation: 6 }).jpeg()),
  /** A wide-gamut photo: Display P3 pixels with the P3 profile embedded. */
  jpegDisplayP3: (width: number, height: number) => bytesOf(ramp(width, height).withIccProfile('p3').jpeg({ quality: 95 })),
};
