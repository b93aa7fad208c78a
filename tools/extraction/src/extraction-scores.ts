import type { EvalCase } from './eval-dataset.reader';
import {
  judgeDate,
  judgeText,
  scoreVerdicts,
  type FieldExactness,
  type FieldVerdict,
} from './metadata-exactness.metric';
import { matchShingles, scoreShingleMatches, type ShingleMatch } from './shingle-overlap.metric';
import { matchWords, meanWordOverlap, type WordOverlap } from './word-overlap.metric';

/** What the extractor made of one page. */
export interface PagePrediction {
  readonly body: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly publishedAt: string | null;
}

export interface ZytePageScore extends ShingleMatch {
  readonly id: string;
  readonly url: string | null;
}

export interface ZyteReport {
  readonly layout: 'zyte';
  readonly pages: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly perPage: ZytePageScore[];
}

export interface WcxbPageScore extends WordOverlap {
  readonly id: string;
  readonly url: string | null;
  readonly title: FieldVerdict;
  readonly author: FieldVerdict;
  readonly date: FieldVerdict;
}

export interface WcxbReport {
  readonly layout: 'wcxb';
  readonly pages: number;
  /** Word precision, recall and F1, each the mean over pages. */
  readonly body: WordOverlap;
  readonly title: FieldExactness;
  readonly author: FieldExactness;
  readonly date: FieldExactness;
  /** Share of pages whose three fields are all right (a missing true value wants no guess). */
  readonly allThree: number;
  readonly perPage: WcxbPageScore[];
}

export function scoreZyte(
  cases: readonly EvalCase[],
  predictions: readonly PagePrediction[],
): ZyteReport {
  const perPage = cases.map((page, index) => ({
    id: page.id,
    url: page.url,
    ...matchShingles(page.body, predictions[index]?.body ?? ''),
  }));
  return { layout: 'zyte', ...scoreShingleMatches(perPage), perPage };
}

export function scoreWcxb(
  cases: readonly EvalCase[],
  predictions: readonly PagePrediction[],
): WcxbReport {
  const perPage = cases.map((page, index): WcxbPageScore => {
    const predicted = predictions[index];
    return {
      id: page.id,
      url: page.url,
      ...matchWords(page.body, predicted?.body ?? ''),
      title: judgeText({ truth: page.title, predicted: predicted?.title ?? null }),
      author: judgeText({ truth: page.author, predicted: predicted?.author ?? null }),
      date: judgeDate({ truth: page.publishDate, predicted: predicted?.publishedAt ?? null }),
    };
  });
  const right = (verdict: FieldVerdict): boolean => verdict === 'exact' || verdict === 'absent';
  const allRight = perPage.filter(
    (page) => right(page.title) && right(page.author) && right(page.date),
  ).length;
  return {
    layout: 'wcxb',
    pages: cases.length,
    body: meanWordOverlap(perPage),
    title: scoreVerdicts(perPage.map((page) => page.title)),
    author: scoreVerdicts(perPage.map((page) => page.author)),
    date: scoreVerdicts(perPage.map((page) => page.date)),
    allThree: perPage.length === 0 ? 0 : allRight / perPage.length,
    perPage,
  };
}
