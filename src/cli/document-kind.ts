import { extname } from 'node:path';

/** How an input is read: as plain text, or as a web page whose article text is extracted. */
export type DocumentKind = 'text' | 'html';

const BY_EXTENSION: Readonly<Record<string, DocumentKind>> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** By extension when it says; otherwise (stdin, other names) a page is what starts like one. */
export function documentKind(name: string | null, bytes: Uint8Array): DocumentKind {
  const known = name ? BY_EXTENSION[extname(name).toLowerCase()] : undefined;
  return known ?? (looksLikeHtml(bytes) ? 'html' : 'text');
}

/** `<!DOCTYPE html` or `<html` first, after any byte order mark and blank space. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes, 256).replace(/^\xEF\xBB\xBF/, '');
  return /^\s*<(?:!doctype\s+html|html[\s>])/i.test(head);
}

/** The charset a page declares in its first kilobyte, as browsers look for it; UTF-8 otherwise. */
export function declaredCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(latin1(bytes, 1024))?.[1];
  // HTML says a UTF-16 label in a page that is readable as ASCII means UTF-8.
  if (!label || /^utf-?16/i.test(label)) return 'utf-8';
  return label.toLowerCase();
}

function latin1(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(length, bytes.length)).toString(
    'latin1',
  );
}
