/**
 * Text output goes to a terminal, and a letter's words reach it in messages, titles and file
 * names: an escape sequence there could clear the screen, set the window title or hide the
 * rest of a line (and the findings on it). Control characters, and the bidirectional controls
 * that reorder what is shown, are written as visible escapes instead.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b[2J` stays visible as the six characters `\x1b[2J`; tabs are left alone. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
