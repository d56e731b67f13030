import { Transform, type TransformCallback } from 'stream';

/** Real headers are one or two short lines; garbage shows itself well before this. */
const MAX_HEADER_BYTES = 1024;
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * Passes the client's byte stream through while following its framing (`Content-Length: N`
 * headers, then N bytes), and fails the stream at the first thing that is not a frame: a
 * header without a valid Content-Length, or bytes that never end a header (binary garbage).
 * Without this the message reader would wait for a header end that never comes, and the
 * server would stay alive but deaf.
 */
export class FrameCheck extends Transform {
  private header = Buffer.alloc(0);
  private bodyLeft = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const problem = this.follow(chunk);
    if (problem) done(new Error(problem));
    else done(null, chunk);
  }

  /** Advances the framing over a chunk; the problem found, if any. */
  private follow(chunk: Buffer): string | undefined {
    let at = 0;
    while (at < chunk.length) {
      if (this.bodyLeft > 0) {
        const taken = Math.min(this.bodyLeft, chunk.length - at);
        this.bodyLeft -= taken;
        at += taken;
        continue;
      }
      const searchFrom = Math.max(0, this.header.length - (HEADER_END.length - 1));
      this.header = Buffer.concat([this.header, chunk.subarray(at)]);
      const end = this.header.indexOf(HEADER_END, searchFrom);
      if (end < 0) {
        return this.header.length > MAX_HEADER_BYTES ? `no message header in ${this.header.length} bytes` : undefined;
      }
      const length = contentLength(this.header.subarray(0, end).toString('latin1'));
      if (length === undefined) return `a message header without a valid Content-Length`;
      at = chunk.length - (this.header.length - (end + HEADER_END.length));
      this.header = Buffer.alloc(0);
      this.bodyLeft = length;
    }
    return undefined;
  }
}

function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const match = /^([A-Za-z-]+):[ \t]*(.*)$/.exec(line);
    if (!match) return undefined;
    if (match[1].toLowerCase() === 'content-length') length = /^\d+$/.test(match[2]) ? Number(match[2]) : undefined;
  }
  return length;
}
