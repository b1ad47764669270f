/**
 * FNV-1a, 32 bits, in base 36: a short fingerprint of a text, the same in the build and the
 * browser with no crypto API. For naming and for noticing change, never for security.
 */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
