/** One sentence of a CoNLL file: its tokens and their IOB tags (last column), in order. */
export interface ConllSentence {
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

/** The sentences between two `-DOCSTART-` lines: one news story in CoNLL-2003. */
export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
}

/**
 * Parses CoNLL-format text: one token per line with the tag in the last column, a blank line
 * between sentences, `-DOCSTART-` lines between documents. A file without `-DOCSTART-` is one
 * document.
 */
export function parseConll(content: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length > 0) documents.push({ sentences });
    sentences = [];
  };
  for (const rawLine of content.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('-DOCSTART-')) {
      endDocument();
      continue;
    }
    if (line === '') {
      endSentence();
      continue;
    }
    const columns = line.split(/\s+/);
    const token = columns[0];
    const tag = columns[columns.length - 1];
    if (token === undefined || tag === undefined || columns.length < 2) {
      throw new Error(`CoNLL line without a tag column: "${line}"`);
    }
    tokens.push(token);
    tags.push(tag);
  }
  endDocument();
  return documents;
}
