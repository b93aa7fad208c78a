import type { NerModel } from './ner-model.types';

const INT8_MAX = 127;

/**
 * Stores emission weights as signed bytes with one shared scale, the largest weight mapping to
 * 127: a quarter of float32's memory, and buckets no update ever touched stay exactly zero,
 * which the sparse file format skips. Measured on the dev set, this costs under 0.1 F1;
 * clipping the scale at a high quantile instead cost 0.5, because the few large weights are
 * the ones that matter most.
 */
export function quantiseModel(model: NerModel): NerModel {
  if (model.weights instanceof Int8Array) return model;
  let largest = 0;
  for (const value of model.weights) largest = Math.max(largest, Math.abs(value));
  const scale = largest / INT8_MAX || 1;
  const weights = Int8Array.from(model.weights, (value) => Math.round(value / scale));
  return { ...model, weights, scale: model.scale * scale };
}
