/** One token of raw text: [start, end) in UTF-16 code units, `text === source.slice(start, end)`. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A run of tokens the tagger decodes as one sequence. */
export interface Sentence {
  readonly tokens: readonly Token[];
}
