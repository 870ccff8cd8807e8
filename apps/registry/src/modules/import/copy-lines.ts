/**
 * COPY input built a line at a time, each line encoded to UTF-8 into one growing buffer as soon as
 * it is made. A chunk of 2,000 lines kept as strings until it is written would keep every line's
 * pieces alive through several young-generation collections, each copying them; encoded at once,
 * they die young.
 */
export class CopyLines {
  private buffer: Buffer;
  private length = 0;
  /** Lines appended. */
  count = 0;

  constructor(initialBytes = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /** One line of `fields`, each already a COPY field or fields, joined by commas (written one by one, never concatenated). */
  append(...fields: string[]): void {
    let room = fields.length;
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    for (const field of fields) room += field.length * 3;
    if (this.length + room > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + room));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    for (let i = 0; i < fields.length; i++) {
      if (i) this.buffer[this.length++] = 44; // ,
      this.length += this.buffer.write(fields[i], this.length, 'utf8');
    }
    this.buffer[this.length++] = 10; // \n
    this.count++;
  }

  /** The lines so far, as one buffer (a view, not a copy: append no more once it is handed out). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
