import type { EntityLabel } from '../gazetteer/gazetteer.types';

/** A labelled stretch of text: [start, end) in UTF-16 code units. */
export interface LabelledSpan {
  readonly start: number;
  readonly end: number;
  readonly label: EntityLabel;
}

/** A name the tagger found, with `text === source.slice(start, end)`. */
export interface EntitySpan extends LabelledSpan {
  readonly text: string;
  /** 0–1: the model's marginal belief in this span with this label. */
  readonly confidence: number;
}
