import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeIco, encodeIco, pngSize } from './ico.mjs';

/** A PNG's signature and IHDR chunk: enough for pngSize. */
const fakePng = (width: number, height: number) => {
  const b = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
};

describe('encodeIco', () => {
  it('holds each PNG whole, with its size (256 written as 0)', () => {
    const images = [16, 32, 256].map((size) => ({ size, png: fakePng(size, size) }));
    const ico = encodeIco(images);
    expect(ico.readUInt16LE(4)).toBe(3);
    expect(ico.readUInt8(6 + 32)).toBe(0);
    expect(decodeIco(ico).map((i) => [i.size, pngSize(i.data).width])).toEqual([
      [16, 16],
      [32, 32],
      [256, 256],
    ]);
  });

  it('refuses a size an .ico cannot hold', () => {
    expect(() => encodeIco([{ size: 512, png: fakePng(512, 512) }])).toThrow(/1–256/);
  });
});

describe('app/favicon.ico', () => {
  it('holds 16, 32 and 48 px PNGs of those sizes (scripts/generate-icons.mjs)', () => {
    const images = decodeIco(readFileSync('app/favicon.ico'));
    expect(images.map((i) => [i.size, pngSize(i.data)])).toEqual(
      [16, 32, 48].map((s) => [s, { width: s, height: s }]),
    );
  });
});
