import { randomFillSync } from 'node:crypto';

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/**
 * UUID version 7 ids (RFC 9562: 48-bit Unix milliseconds, then random bits), made in Node so an
 * import knows its new records' ids before PostgreSQL stores them (the rows and their events are
 * written from the staging table) and works on any PostgreSQL version. Ids made by one generator
 * increase strictly (a 12-bit counter within a millisecond, carried into the time when it runs
 * out), so the primary key and (created_at, id) indexes keep appending at one edge.
 */
export class TimeOrderedIds {
  private lastMs = 0;
  private counter = 0;
  private readonly random = Buffer.alloc(8 * 4096);
  private offset = this.random.length;
  private readonly text = Buffer.alloc(36);

  next(now = Date.now()): string {
    if (now > this.lastMs) {
      this.lastMs = now;
      this.counter = 0;
    } else if (++this.counter > 0xfff) {
      this.lastMs++;
      this.counter = 0;
    }
    if (this.offset === this.random.length) {
      randomFillSync(this.random);
      this.offset = 0;
    }
    const r = this.random;
    const o = this.offset;
    this.offset += 8;
    const ms = this.lastMs;
    const high = Math.floor(ms / 0x1000000); // top 24 of the 48 bits
    const low = ms % 0x1000000;
    // Written as hex digits into a scratch buffer and read back as one flat string: joined from
    // its pieces with +, each id would be a tree of some twenty strings until something flattens it.
    const bytes = [
      (high >>> 16) & 0xff, (high >>> 8) & 0xff, high & 0xff, (low >>> 16) & 0xff, (low >>> 8) & 0xff, low & 0xff,
      0x70 | (this.counter >>> 8), this.counter & 0xff, 0x80 | (r[o] & 0x3f), r[o + 1], r[o + 2], r[o + 3], r[o + 4], r[o + 5], r[o + 6], r[o + 7],
    ];
    const text = this.text;
    let at = 0;
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) text[at++] = 45; // -
      text[at++] = HEX_CODES[bytes[i] >>> 4];
      text[at++] = HEX_CODES[bytes[i] & 0xf];
    }
    return text.toString('latin1', 0, 36);
  }
}
