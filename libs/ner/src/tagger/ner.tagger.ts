import { Gazetteer } from '../gazetteer/gazetteer';
import { buildLabelChain, type LabelChain } from '../model/label-chain';
import { decodeLabels } from '../model/label-scheme.util';
import { labelMarginals } from '../model/label-marginals.util';
import { decodeModel } from '../model/model-codec.util';
import type { NerModel } from '../model/ner-model.types';
import { scoreEmissions } from '../model/score-emissions.util';
import { decodeViterbi } from '../model/viterbi.util';
import { analyseText } from './analyse-text.util';
import type { EntitySpan } from './entity-span.types';
import { spanConfidence } from './span-confidence.util';

/** Which classes `tag` reports; MISC is modelled so it does not leak into the other three. */
const REPORTED = new Set(['PER', 'ORG', 'LOC']);

export interface TagOptions {
  /** Also report MISC spans (nationalities, events…), e.g. to inspect the model. */
  readonly includeMisc?: boolean;
  /**
   * Spans below this confidence are dropped. The default keeps only spans the model holds
   * more likely than not: on the dev set that trades 1.1 points of recall for 1.8 of
   * precision (docs/quality-ner.md). 0 reports the plain Viterbi path.
   */
  readonly minConfidence?: number;
}

const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * Reads model scores as log-potentials divided by this, for span confidences. Chosen on the
 * dev set so that confidence tracks precision (docs/quality-ner.md).
 */
const CONFIDENCE_TEMPERATURE = 8;

/**
 * Tags raw text with a trained model: tokenise, split sentences, hash features, Viterbi-decode
 * each sentence, and report PER, ORG and LOC spans with exact character offsets. Stateless
 * after construction, so one instance can serve every article.
 */
export class NerTagger {
  private readonly gazetteer: Gazetteer;
  private readonly chain: LabelChain;
  /** 1 where a weight row has any non-zero weight; most hashed features hit empty rows. */
  private readonly liveRows: Uint8Array;
  private readonly transitions: Float64Array;
  private readonly mask: number;
  private readonly transitionPotentials: Float64Array;
  private readonly scoreToLog: number;

  constructor(readonly model: NerModel) {
    this.gazetteer = new Gazetteer(model.gazetteer);
    this.chain = buildLabelChain(model.labels, model.scheme);
    this.liveRows = liveRowsOf(model);
    // Emissions are summed in weight units; transitions are brought to the same units once.
    this.transitions = Float64Array.from(model.transitions, (value) => value / model.scale);
    this.mask = 2 ** model.bucketBits - 1;
    this.scoreToLog = model.scale / CONFIDENCE_TEMPERATURE;
    this.transitionPotentials = Float64Array.from(this.transitions, (value, index) =>
      this.chain.allowed[index] ? Math.exp(value * this.scoreToLog) : 0,
    );
  }

  /** A tagger for a model file's bytes, as written by `encodeModel`. */
  static fromBytes(bytes: Uint8Array): NerTagger {
    return new NerTagger(decodeModel(bytes));
  }

  /** PER, ORG and LOC spans in text order, each with its confidence. */
  tag(text: string, options: TagOptions = {}): EntitySpan[] {
    const includeMisc = options.includeMisc ?? false;
    const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    const labels = this.model.labels.length;
    const spans: EntitySpan[] = [];
    for (const sentence of analyseText(text, this.gazetteer)) {
      const length = sentence.tokens.length;
      const emissions = new Float64Array(length * labels);
      const path = new Int32Array(length);
      scoreEmissions(
        this.model.weights,
        labels,
        this.mask,
        sentence.features,
        emissions,
        this.liveRows,
      );
      decodeViterbi(emissions, length, this.chain, this.transitions, path);
      const found = decodeLabels(path, this.model.labels);
      if (found.length === 0) continue;
      const marginals = new Float64Array(length * labels);
      labelMarginals(
        emissions,
        length,
        this.chain,
        this.transitionPotentials,
        this.scoreToLog,
        marginals,
      );
      for (const span of found) {
        if (!includeMisc && !REPORTED.has(span.label)) continue;
        const first = sentence.tokens[span.first];
        const last = sentence.tokens[span.last];
        const confidence = spanConfidence(marginals, path, span, labels);
        if (first === undefined || last === undefined || confidence < minConfidence) continue;
        spans.push({
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          label: span.label,
          confidence,
        });
      }
    }
    return spans;
  }
}

function liveRowsOf(model: NerModel): Uint8Array {
  const labels = model.labels.length;
  const rows = new Uint8Array(2 ** model.bucketBits);
  for (let row = 0; row < rows.length; row += 1) {
    for (let label = 0; label < labels; label += 1) {
      if (model.weights[row * labels + label] !== 0) {
        rows[row] = 1;
        break;
      }
    }
  }
  return rows;
}
