// The readers' public entry points, for the CLI and the API; everything else here is internal.
export { readInput } from './read-input.js';
export { readStdin } from './read-stdin.js';
export { readText, textToDocument } from './read-text.js';
export { readHtml, htmlToDocument } from './read-html.js';
export { readJsonl, readJsonlStream, readJsonlSource, type JsonlItem } from './read-jsonl.js';
export { listInputs, isInputFile } from './list-inputs.js';
export { parseFieldMap } from './parse-field-map.js';
export { detectLanguage, type LanguageGuess } from './detect-language.js';
export { makeDocument, hashText } from './make-document.js';
export { DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult, type DocumentMeta, type FieldMap } from './read-options.js';
