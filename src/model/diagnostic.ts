import type { Span } from './span.js';

/**
 * A problem found while reading or analysing an input: never thrown, always carried.
 * Example: { severity: 'error', rule: 'binary-input', input: 'photo.jpg', message: 'photo.jpg: looks like binary data (NUL bytes in the first 8 KiB); give a text, HTML or JSONL file' }
 */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** A stable kebab-case name for the rule that fired, e.g. 'invalid-utf8'. */
  rule: string;
  message: string;
  /** The input the problem belongs to: a file path, 'stdin', or 'file.jsonl:17'. */
  input?: string;
  span?: Span;
}
