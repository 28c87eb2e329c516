import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';

/** A stretch of the document: UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A block of prose read as a unit: a paragraph, a heading, or a table row (read as one sentence, SPEC section 3). */
export interface ProseBlock extends Span {
  kind: 'paragraph' | 'heading' | 'tableRow';
}

/** An HTML comment, where the inline directives live (SPEC section 5). */
export interface Comment extends Span {
  body: string;
}

/**
 * The prose of a Markdown document. `masked` has the document's length with
 * every character that is not prose (markup, code, link targets, images,
 * comments, footnote definitions, front matter, line breaks) replaced by a
 * space, so offsets into it are offsets into the document.
 */
export interface Prose {
  masked: string;
  blocks: ProseBlock[];
  /** Links and autolinks: each is a citation for its sentence. */
  links: Span[];
  /** Footnote references `[^x]`: each is a citation for its sentence. */
  footnoteRefs: Span[];
  comments: Comment[];
  /** Code spans and images: like links, comments and footnote references, nothing may be inserted inside them. */
  closed: Span[];
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"]/g;

/** Parses a draft with a CommonMark parser (micromark via mdast) and keeps only its prose. */
export function readProse(text: string): Prose {
  const reader = new ProseReader(text);
  for (const chunk of chunksOf(text)) {
    // Front matter can only open the document, not a later piece.
    reader.base = chunk.start;
    const piece = text.slice(chunk.start, chunk.end);
    reader.visitBlock(fromMarkdown(piece, parserOptions(piece, chunk.start === 0)));
  }
  return reader.finish();
}

/**
 * The parser's options for a piece of text, made once per combination. An
 * extension is only given a piece that could hold its syntax: front matter
 * opens the document, a footnote needs "[^", a table needs a delimiter row
 * ("|---|"). The table extension alone costs a quarter of the parse of a
 * draft that has no table, and op-eds rarely have one.
 */
function parserOptions(piece: string, first: boolean): ParserOptions {
  const front = first && /^(?:\uFEFF)?(?:---|\+\+\+)/.test(piece);
  const footnotes = piece.includes('[^');
  const tables = TABLE_DELIMITER_ROW.test(piece);
  const key = (front ? 4 : 0) + (footnotes ? 2 : 0) + (tables ? 1 : 0);
  let options = OPTIONS[key];
  if (!options) {
    options = { extensions: [], mdastExtensions: [] };
    if (front) {
      options.extensions.push(frontmatter(['yaml', 'toml']));
      options.mdastExtensions.push(frontmatterFromMarkdown(['yaml', 'toml']));
    }
    if (footnotes) {
      options.extensions.push(gfmFootnote());
      options.mdastExtensions.push(gfmFootnoteFromMarkdown());
    }
    if (tables) {
      options.extensions.push(gfmTable());
      options.mdastExtensions.push(gfmTableFromMarkdown());
    }
    OPTIONS[key] = options;
  }
  return options;
}

type ParserOptions = { extensions: ReturnType<typeof gfmTable>[]; mdastExtensions: ReturnType<typeof gfmTableFromMarkdown>[] };
const OPTIONS: (ParserOptions | undefined)[] = [];
// A GFM delimiter row: only pipes, colons, dashes and blanks, with at least one pipe and one dash.
const TABLE_DELIMITER_ROW = /^(?=[^\n]*\|)(?=[^\n]*-)[ \t|:-]+\r?$/m;

const CHUNK = 64 * 1024;

/**
 * micromark's time grows faster than the text on very long documents (0.8 s
 * for 0.5 MB, 7 s for 2 MB here), so a long draft is parsed in pieces of
 * about 64 KB, cut at a blank line outside any fenced code block or HTML
 * comment. Blocks never span such a line, except what we do not read anyway
 * (a footnote definition's later paragraphs), so the prose is the same; a
 * reference link whose definition lies in another piece loses its citation.
 */
function chunksOf(text: string): { start: number; end: number }[] {
  if (text.length <= CHUNK) return [{ start: 0, end: text.length }];
  const chunks: { start: number; end: number }[] = [];
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let start = 0;
  let fence: string | undefined;
  let inComment = false;
  for (let m = line.exec(text); m && m[0].length > 0; m = line.exec(text)) {
    const l = m[0];
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(l)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
    } else if (f) fence = f;
    if (!fence) {
      const open = l.lastIndexOf('<!--');
      const close = l.lastIndexOf('-->');
      if (open >= 0 && open > close) inComment = true;
      else if (close >= 0) inComment = false;
    }
    const end = m.index + l.length;
    if (!fence && !inComment && /^\s*$/.test(l) && end - start >= CHUNK) {
      chunks.push({ start, end });
      start = end;
    }
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}

class ProseReader {
  /** Offset of the piece being read: node positions are relative to it. */
  base = 0;
  private readonly pieces: string[] = [];
  private cursor = 0;
  private readonly prose: Omit<Prose, 'masked'> = { blocks: [], links: [], footnoteRefs: [], comments: [], closed: [] };

  constructor(private readonly text: string) {}

  finish(): Prose {
    this.pieces.push(' '.repeat(this.text.length - this.cursor));
    return { masked: this.pieces.join(''), ...this.prose };
  }

  visitBlock(node: Nodes): void {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        this.block(node, node.type);
        return;
      case 'tableRow':
        this.block(node, 'tableRow');
        return;
      case 'html':
        this.comments(node);
        return;
      // Not prose: code, front matter, link definitions and footnote
      // definitions (citations, not claims: SPEC section 3).
      case 'code':
      case 'yaml':
      case 'definition':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) for (const child of (node as Parents).children) this.visitBlock(child);
    }
  }

  private block(node: Parents, kind: ProseBlock['kind']): void {
    const span = this.span(node);
    if (!span) return;
    this.prose.blocks.push({ ...span, kind });
    for (const child of node.children) this.visitInline(child);
  }

  private visitInline(node: Nodes): void {
    switch (node.type) {
      case 'text':
        this.keep(node);
        return;
      case 'link': {
        const span = this.span(node);
        if (span) this.prose.links.push(span);
        // An autolink's text is its address (<https://...>): a citation, not prose.
        const only = node.children.length === 1 ? node.children[0] : undefined;
        const isAutolink = only?.type === 'text' && (only.value === node.url || node.url.endsWith(only.value));
        if (!isAutolink) for (const child of node.children) this.visitInline(child);
        return;
      }
      case 'linkReference': {
        const span = this.span(node);
        if (span) this.prose.links.push(span);
        for (const child of node.children) this.visitInline(child);
        return;
      }
      case 'footnoteReference': {
        const span = this.span(node);
        if (span) this.prose.footnoteRefs.push(span);
        return;
      }
      case 'html':
        this.comments(node);
        return;
      case 'image':
      case 'imageReference':
      case 'inlineCode': {
        const span = this.span(node);
        if (span) this.prose.closed.push(span);
        return;
      }
      default:
        if ('children' in node) for (const child of (node as Parents).children) this.visitInline(child);
    }
  }

  /**
   * Copies a text node's source into the mask, line breaks made spaces, and
   * blanks bare URLs, which count as links. Bare URLs are found here by a
   * pattern rather than by the GFM autolink-literal extension, which doubled
   * the parse time of a whole draft (74 ms against 44 ms on 9,500 words) for
   * what only needs blanking and counting as a citation.
   */
  private keep(node: Nodes): void {
    const span = this.span(node);
    if (!span || span.start < this.cursor) return;
    this.pieces.push(' '.repeat(span.start - this.cursor));
    const source = this.text.slice(span.start, span.end);
    this.pieces.push(source.replace(BARE_URL, (url, at: number) => {
      this.prose.links.push({ start: span.start + at, end: span.start + at + url.length });
      return ' '.repeat(url.length);
    }).replace(/[\r\n]/g, ' '));
    this.cursor = span.end;
  }

  private span(node: Nodes): Span | undefined {
    const span = spanOf(node);
    return span && { start: span.start + this.base, end: span.end + this.base };
  }

  private comments(node: Nodes): void {
    const span = this.span(node);
    if (!span) return;
    const source = this.text.slice(span.start, span.end);
    COMMENT.lastIndex = 0;
    for (let m = COMMENT.exec(source); m; m = COMMENT.exec(source)) {
      this.prose.comments.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, body: m[1] ?? '' });
    }
  }
}

function spanOf(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}
