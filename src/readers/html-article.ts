import { Readability } from '@mozilla/readability';

// Elements that start a new paragraph when their text is laid out.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

/**
 * The article in an HTML page as Readability finds it: its title and its text, one paragraph a block,
 * paragraphs separated by a blank line. Whitespace inside a paragraph is collapsed as a browser shows it
 * (except in <pre>), so the text is what a reader of the page saw. Returns undefined when there is no article.
 * Example: extractArticle(document) → { title: 'Strike on Aleppo', text: 'Sixteen people…\n\nThe ministry said…' }
 */
export function extractArticle(document: unknown): { title?: string; siteName?: string; publishedTime?: string; text: string } | undefined {
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    article = new Readability<Node>(document as ConstructorParameters<typeof Readability>[0], { serializer: (node) => node as unknown as Node }).parse();
  } catch {
    // Readability throws on some malformed trees; to the caller that is the same as "no article".
    return undefined;
  }
  if (!article) return undefined;
  const paragraphs: string[] = [];
  if (article.content) collectParagraphs(article.content, paragraphs, { current: '' }, false);
  const text = paragraphs.join('\n\n') || (article.textContent ?? '').trim();
  return {
    title: article.title?.trim() || undefined,
    siteName: article.siteName?.trim() || undefined,
    publishedTime: article.publishedTime?.trim() || undefined,
    text,
  };
}

function collectParagraphs(node: Node, out: string[], state: { current: string }, pre: boolean): void {
  if (node.nodeType === 3) {
    const text = node.textContent ?? '';
    // Source line breaks inside a paragraph are layout, not text; <br> is the author's line break.
    state.current += pre ? text : text.replace(/[ \t\n\r\f]+/g, ' ');
    return;
  }
  if (node.nodeType !== 1) return;
  if (node.nodeName === 'BR') { state.current += '\n'; return; }
  const block = BLOCKS.has(node.nodeName);
  const inPre = pre || node.nodeName === 'PRE';
  if (block) flush(out, state, pre);
  for (let i = 0; i < node.childNodes.length; i++) collectParagraphs(node.childNodes[i], out, state, inPre);
  if (block) flush(out, state, inPre);
}

function flush(out: string[], state: { current: string }, pre: boolean): void {
  const text = pre
    ? state.current.replace(/^\n+|\s+$/g, '')
    : state.current.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n');
  if (text) out.push(text);
  state.current = '';
}
