import type { Diagnostic } from '../model/diagnostic.js';
import { findInvalidUtf8 } from './find-invalid-utf8.js';

const SAMPLE_BYTES = 8 * 1024;
/** Above this share of control characters a sample is binary, whatever its extension says. */
const CONTROL_SHARE = 0.1;

const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or DOCX/XLSX)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a GZIP archive', bytes: [0x1f, 0x8b] },
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Formats a byte count for a message: '52.4 MB', '812 bytes'. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Says why raw bytes are not text (a known file type, UTF-16, NUL bytes, many control characters),
 * or returns undefined. Looks only at the first 8 KiB, so it is cheap to run before reading a whole file.
 * Example: sniffBinary(pngBytes, 'map.png') → { rule: 'binary-input', message: 'map.png: looks like a PNG image, not text; …' }
 */
export function sniffBinary(head: Uint8Array, input: string): Diagnostic | undefined {
  const sample = head.subarray(0, SAMPLE_BYTES);
  const error = (reason: string): Diagnostic => ({
    severity: 'error', rule: 'binary-input', input,
    message: `${input}: looks like ${reason}, not text; give a text, HTML or JSONL file`,
  });
  const known = MAGIC.find((m) => startsWith(sample, m.bytes));
  if (known) return error(known.name);
  // UTF-16 is full of NUL bytes but is text: say how to fix it rather than call it binary.
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) {
    return { severity: 'error', rule: 'invalid-utf8', input, message: `${input}: is UTF-16 encoded; re-encode the file as UTF-8 (iconv -f UTF-16 -t UTF-8)` };
  }
  if (sample.includes(0)) return error('binary data (NUL bytes in the first 8 KiB)');
  if (countControls(sample) > sample.length * CONTROL_SHARE) return error('binary data (many control characters in the first 8 KiB)');
  return undefined;
}

function countControls(sample: Uint8Array): number {
  let controls = 0;
  for (const b of sample) {
    // Tab, line feed, vertical tab, form feed, carriage return and ESC occur in real text files.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  return controls;
}

/** The error for text over the size limit, shared by every reader so the message stays one. */
export function tooLarge(input: string, size: number, maxBytes: number): Diagnostic {
  return {
    severity: 'error', rule: 'too-large', input,
    message: `${input}: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit for one article; split it into articles or raise the limit with --max-bytes`,
  };
}

/**
 * Turns the bytes of one article into text, or says why it cannot: binary, invalid UTF-8, too large, empty.
 * A UTF-8 byte order mark is dropped: it is an encoding marker, not part of what was published.
 * Example: decodeText(Buffer.from('\uFEFFHello'), 'a.txt', 1e7) → { text: 'Hello', diagnostics: [] }
 */
export function decodeText(bytes: Uint8Array, input: string, maxBytes: number): { text?: string; diagnostics: Diagnostic[] } {
  if (bytes.length > maxBytes) return { diagnostics: [tooLarge(input, bytes.length, maxBytes)] };
  const binary = sniffBinary(bytes, input);
  if (binary) return { diagnostics: [binary] };
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    return { diagnostics: [{ severity: 'error', rule: 'invalid-utf8', input, message: `${input}: invalid UTF-8 at byte ${bad}: re-encode the file as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8, or your editor's "save as UTF-8")` }] };
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  return checkText(text, input, maxBytes);
}

/**
 * Checks text that is already decoded (a JSONL field, stdin): too large, empty, control characters.
 * Example: checkText('  \n', 'feed.jsonl:3', 1e7) → { diagnostics: [{ rule: 'empty-input', … }] }
 */
export function checkText(text: string, input: string, maxBytes: number): { text?: string; diagnostics: Diagnostic[] } {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) return { diagnostics: [tooLarge(input, size, maxBytes)] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return { diagnostics: [{ severity: 'error', rule: 'empty-input', input, message: `${input}: empty (no text${body ? ' but whitespace' : ''}); give the article text or leave the input out` }] };
  }
  const sample = body.slice(0, SAMPLE_BYTES);
  // Most texts hold no control character at all; only those are worth encoding and counting.
  if (/[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/.test(sample)) {
    const binary = sniffBinary(Buffer.from(sample, 'utf8'), input);
    if (binary) return { diagnostics: [binary] };
  }
  return { text: body, diagnostics: [] };
}
