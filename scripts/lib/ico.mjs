// A Windows icon (.ico) holding PNG images, as every browser since IE 9 reads it: a 6-byte header,
// a 16-byte entry per image (its size, 32 bits a pixel, where its bytes are), then the PNGs.

/**
 * @param {{ size: number; png: Buffer }[]} images  square PNGs, 1 to 256 pixels a side
 * @returns {Buffer}
 */
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1: an icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = header.length + 16 * images.length;
  for (const { size, png } of images) {
    if (!Number.isInteger(size) || size < 1 || size > 256)
      throw new Error(`An icon is 1–256 px a side: ${size}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // 0 stands for 256
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits a pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/**
 * The images of an .ico: each one's size and bytes (for tests and checks).
 * @param {Buffer} ico
 * @returns {{ size: number; data: Buffer }[]}
 */
export function decodeIco(ico) {
  if (ico.length < 6 || ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1)
    throw new Error('Not an .ico');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    if (offset + length > ico.length) throw new Error(`Image ${i + 1} runs past the end of the file`);
    return { size: ico.readUInt8(at) || 256, data: ico.subarray(offset, offset + length) };
  });
}

/**
 * A PNG's width and height, from its IHDR chunk.
 * @param {Buffer} png
 */
export function pngSize(png) {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG' || png.subarray(12, 16).toString('latin1') !== 'IHDR')
    throw new Error('Not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
