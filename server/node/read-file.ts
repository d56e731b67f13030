/**
 * The one way the CLI and the server read a letter, a config or a pack from disk: regular files
 * only, up to a size cap. A FIFO would block the read forever and `/dev/zero` would fill memory,
 * so anything else is refused with a one-line reason instead.
 */
import * as fs from 'fs';
import { tooLargeReason, withoutByteOrderMark, type ReadResult } from '../shared/files-protocol';

export { MAX_LETTER_BYTES, MAX_SETTINGS_BYTES, type ReadResult } from '../shared/files-protocol';

/**
 * Reads a UTF-8 text file of at most `maxBytes`. A leading byte order mark (what Windows Notepad
 * writes) is dropped, as editors do, so positions match what the editor shows.
 */
export function readTextFile(file: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once and fstat can refuse it.
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) return { error: `not a regular file (${kindOf(stats)})` };
    if (stats.size > maxBytes) return { error: tooLargeReason(stats.size, maxBytes) };
    const bytes = readAtMost(fd, stats.size, maxBytes);
    if (bytes === undefined) return { error: tooLargeReason(maxBytes + 1, maxBytes) };
    return { text: withoutByteOrderMark(bytes.toString('utf8')) };
  } catch (error) {
    return { error: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The bytes of the file, or undefined when it holds more than `maxBytes` (it grew after fstat).
 * The first buffer fits the size fstat gave plus one byte, so a file that did not change is read
 * by one call and its end seen by the next, without zeroing a large buffer per letter.
 */
function readAtMost(fd: number, expectedBytes: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  let size = Math.min(expectedBytes + 1, maxBytes + 1);
  for (;;) {
    const chunk = Buffer.allocUnsafe(size);
    const read = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) return undefined;
    size = Math.min(1 << 16, maxBytes + 1 - total);
  }
}

function kindOf(stats: fs.Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/** Whether a path is (or links to) a regular file; false for folders, pipes, devices and missing paths. */
export function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
