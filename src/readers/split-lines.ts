/**
 * One line of a byte stream, numbered from 1, without its line ending; or, for a line longer than
 * the limit, its length only, so one runaway line cannot exhaust memory.
 * Example: { line: 17, bytes: <Buffer 7b 22 74 …> } or { line: 18, tooLong: 73400320 }
 */
export type Line = { line: number; bytes: Buffer; tooLong?: undefined } | { line: number; tooLong: number; bytes?: undefined };

/**
 * Splits a stream of byte chunks into lines ('\n' or '\r\n'). Works on bytes, not strings, so each
 * line can be checked for invalid UTF-8 on its own instead of being silently repaired while decoding.
 * Example: for await (const l of splitLines(createReadStream('feed.jsonl'), 1e8)) …
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overflow = 0; // bytes of the current line already dropped because it is too long
  let line = 0;
  const finish = (): Line => {
    line++;
    if (overflow > 0) {
      const result: Line = { line, tooLong: overflow + partBytes };
      parts = []; partBytes = 0; overflow = 0;
      return result;
    }
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = []; partBytes = 0;
    return { line, bytes };
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      append(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    append(chunk.subarray(start));
  }
  if (partBytes > 0 || overflow > 0) yield finish();

  function append(piece: Buffer): void {
    if (piece.length === 0) return;
    if (overflow > 0 || partBytes + piece.length > maxLineBytes) {
      overflow += partBytes + piece.length;
      parts = []; partBytes = 0;
      return;
    }
    parts.push(piece);
    partBytes += piece.length;
  }
}
