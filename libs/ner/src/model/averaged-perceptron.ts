import type { SentenceFeatures } from '../features/extract-features.util';
import type { LabelChain } from './label-chain';
import { scoreEmissions } from './score-emissions.util';
import { decodeViterbi } from './viterbi.util';

/** One training sentence: its hashed features and gold label indices. */
export interface TrainingSentence {
  readonly features: SentenceFeatures;
  readonly gold: Int32Array;
}

/** Averaged weights, ready to decode with or to quantise. */
export interface LinearWeights {
  readonly weights: Float32Array;
  readonly transitions: Float32Array;
}

/**
 * Collins' structured perceptron over a first-order label chain, with the averaged weights
 * that make it generalise like a regularised model. Averaging is lazy: each update also adds
 * `step * delta` to a running total, and the average is `weights - totals / step`.
 */
export class AveragedPerceptron {
  private readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly transitions: Float64Array;
  private readonly transitionTotals: Float64Array;
  private readonly mask: number;
  private readonly labels: number;
  private step = 1;
  private emissions = new Float64Array(0);
  private predicted = new Int32Array(0);

  constructor(
    private readonly chain: LabelChain,
    bucketBits: number,
  ) {
    const labels = chain.labels;
    this.labels = labels;
    const buckets = 2 ** bucketBits;
    this.mask = buckets - 1;
    this.weights = new Float32Array(buckets * labels);
    this.totals = new Float64Array(buckets * labels);
    this.transitions = new Float64Array((labels + 1) * (labels + 1));
    this.transitionTotals = new Float64Array(this.transitions.length);
  }

  /** Decodes one sentence with the current weights and learns from the difference. */
  learn(sentence: TrainingSentence): boolean {
    const length = sentence.gold.length;
    if (this.emissions.length < length * this.labels) {
      this.emissions = new Float64Array(length * this.labels * 2);
      this.predicted = new Int32Array(length * 2);
    }
    scoreEmissions(this.weights, this.labels, this.mask, sentence.features, this.emissions);
    decodeViterbi(this.emissions, length, this.chain, this.transitions, this.predicted);
    let wrong = false;
    for (let t = 0; t < length; t += 1) {
      if (this.predicted[t] !== sentence.gold[t]) wrong = true;
    }
    if (wrong) this.update(sentence);
    this.step += 1;
    return !wrong;
  }

  /** The averaged weights at this point of training. */
  averaged(): LinearWeights {
    const weights = new Float32Array(this.weights.length);
    for (let index = 0; index < weights.length; index += 1) {
      weights[index] = (this.weights[index] ?? 0) - (this.totals[index] ?? 0) / this.step;
    }
    const transitions = new Float32Array(this.transitions.length);
    for (let index = 0; index < transitions.length; index += 1) {
      transitions[index] =
        (this.transitions[index] ?? 0) - (this.transitionTotals[index] ?? 0) / this.step;
    }
    return { weights, transitions };
  }

  private update(sentence: TrainingSentence): void {
    const { offsets, hashes } = sentence.features;
    const size = this.labels + 1;
    const length = sentence.gold.length;
    let goldPrevious = this.labels;
    let predictedPrevious = this.labels;
    for (let t = 0; t < length; t += 1) {
      const gold = sentence.gold[t] ?? 0;
      const predicted = this.predicted[t] ?? 0;
      if (gold !== predicted) {
        const end = offsets[t + 1] ?? 0;
        for (let index = offsets[t] ?? 0; index < end; index += 1) {
          const base = ((hashes[index] ?? 0) & this.mask) * this.labels;
          this.bump(base + gold, 1);
          this.bump(base + predicted, -1);
        }
      }
      if (gold !== predicted || goldPrevious !== predictedPrevious) {
        this.bumpTransition(goldPrevious * size + gold, 1);
        this.bumpTransition(predictedPrevious * size + predicted, -1);
      }
      goldPrevious = gold;
      predictedPrevious = predicted;
    }
    if (goldPrevious !== predictedPrevious) {
      this.bumpTransition(goldPrevious * size + this.labels, 1);
      this.bumpTransition(predictedPrevious * size + this.labels, -1);
    }
  }

  private bump(index: number, delta: number): void {
    this.weights[index] = (this.weights[index] ?? 0) + delta;
    this.totals[index] = (this.totals[index] ?? 0) + this.step * delta;
  }

  private bumpTransition(index: number, delta: number): void {
    this.transitions[index] = (this.transitions[index] ?? 0) + delta;
    this.transitionTotals[index] = (this.transitionTotals[index] ?? 0) + this.step * delta;
  }
}
