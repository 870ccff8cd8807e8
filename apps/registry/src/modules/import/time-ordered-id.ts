import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

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
    return (
      HEX[(high >>> 16) & 0xff] + HEX[(high >>> 8) & 0xff] + HEX[high & 0xff] + HEX[(low >>> 16) & 0xff] + '-' +
      HEX[(low >>> 8) & 0xff] + HEX[low & 0xff] + '-' +
      HEX[0x70 | (this.counter >>> 8)] + HEX[this.counter & 0xff] + '-' +
      HEX[0x80 | (r[o] & 0x3f)] + HEX[r[o + 1]] + '-' +
      HEX[r[o + 2]] + HEX[r[o + 3]] + HEX[r[o + 4]] + HEX[r[o + 5]] + HEX[r[o + 6]] + HEX[r[o + 7]]
    );
  }
}
