/**
 * Bytes as base64 and back, for a PDF carried in a JSON-RPC message. `btoa`/`atob` exist in Node
 * and in browsers alike, so the server and the client use this file wherever they run.
 */

/** Characters per call of String.fromCharCode: its arguments are spread, so a whole PDF would overflow the stack. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}
