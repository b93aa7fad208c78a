import type { GazetteerData } from '../gazetteer/gazetteer.types';
import type { TagScheme } from './label-scheme.util';

/** Free-form facts about how a model was made, kept in its file for the model card. */
export type ModelMetadata = Readonly<Record<string, string | number>>;

/** A trained tagger: everything needed to tag text, nothing tied to how it was stored. */
export interface NerModel {
  readonly scheme: TagScheme;
  /** Label names by index, "O" first. */
  readonly labels: readonly string[];
  /** Feature hashes keep their low `bucketBits` bits. */
  readonly bucketBits: number;
  /** Bucket-major emission weights: `weights[bucket * labels.length + label] * scale`. */
  readonly weights: Int8Array | Float32Array;
  readonly scale: number;
  /** `(labels + 1)²` transition scores; index `labels.length` is the sentence boundary. */
  readonly transitions: Float32Array;
  readonly gazetteer: GazetteerData;
  readonly metadata: ModelMetadata;
}
