import type { GazetteerData } from '../gazetteer/gazetteer.types';
import type { TagScheme } from './label-scheme.util';
import type { ModelMetadata, NerModel } from './ner-model.types';

const MAGIC = new TextEncoder().encode('NFNER\u0001');
const FORMAT = 1;

interface Header {
  readonly format: number;
  readonly scheme: TagScheme;
  readonly labels: readonly string[];
  readonly bucketBits: number;
  readonly scale: number;
  readonly gazetteer: GazetteerData;
  readonly metadata: ModelMetadata;
}

/**
 * Serialises a quantised model: magic, header length and kept-row count (uint32 LE), a JSON
 * header (labels, gazetteer, metadata), float32 transitions, then only the weight rows that
 * are not all zero, each as a varint gap from the previous kept row followed by one signed
 * byte per label. Most rows of a hashed table are never touched, so this is ~15× smaller than
 * the dense table.
 */
export function encodeModel(model: NerModel): Uint8Array {
  if (!(model.weights instanceof Int8Array)) throw new Error('quantise the model before saving');
  const header: Header = {
    format: FORMAT,
    scheme: model.scheme,
    labels: model.labels,
    bucketBits: model.bucketBits,
    scale: model.scale,
    gazetteer: model.gazetteer,
    metadata: model.metadata,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const rows = encodeRows(model.weights, model.labels.length);
  const size = MAGIC.length + 8 + headerBytes.length + model.transitions.byteLength;
  const out = new Uint8Array(size + rows.bytes.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  let offset = MAGIC.length;
  view.setUint32(offset, headerBytes.length, true);
  view.setUint32(offset + 4, rows.kept, true);
  offset += 8;
  out.set(headerBytes, offset);
  offset += headerBytes.length;
  for (const value of model.transitions) {
    view.setFloat32(offset, value, true);
    offset += 4;
  }
  out.set(rows.bytes, offset);
  return out;
}

/** Reads a model written by `encodeModel`; throws on anything else. */
export function decodeModel(bytes: Uint8Array): NerModel {
  if (bytes.length < MAGIC.length + 8 || !MAGIC.every((byte, index) => bytes[index] === byte)) {
    throw new Error('not a Newsflow NER model file');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = MAGIC.length;
  const headerLength = view.getUint32(offset, true);
  const kept = view.getUint32(offset + 4, true);
  offset += 8;
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(offset, offset + headerLength)),
  ) as Header;
  if (header.format !== FORMAT) throw new Error(`unsupported model format ${header.format}`);
  offset += headerLength;
  const labels = header.labels.length;
  const transitions = new Float32Array((labels + 1) * (labels + 1));
  for (let index = 0; index < transitions.length; index += 1) {
    transitions[index] = view.getFloat32(offset, true);
    offset += 4;
  }
  const weights = new Int8Array(2 ** header.bucketBits * labels);
  let row = -1;
  for (let count = 0; count < kept; count += 1) {
    const gap = readVarint(bytes, offset);
    offset = gap.next;
    row += gap.value;
    if (row * labels + labels > weights.length) throw new Error('model file is corrupt');
    for (let label = 0; label < labels; label += 1) {
      weights[row * labels + label] = view.getInt8(offset);
      offset += 1;
    }
  }
  if (offset !== bytes.length) throw new Error('model file is truncated or has trailing bytes');
  const { scheme, bucketBits, scale, gazetteer, metadata } = header;
  return {
    scheme,
    labels: header.labels,
    bucketBits,
    weights,
    scale,
    transitions,
    gazetteer,
    metadata,
  };
}

function encodeRows(weights: Int8Array, labels: number): { bytes: Uint8Array; kept: number } {
  const bytes: number[] = [];
  let previous = -1;
  let kept = 0;
  for (let base = 0; base < weights.length; base += labels) {
    const row = weights.subarray(base, base + labels);
    if (row.every((weight) => weight === 0)) continue;
    const index = base / labels;
    pushVarint(bytes, index - previous);
    previous = index;
    kept += 1;
    for (const weight of row) bytes.push(weight & 0xff);
  }
  return { bytes: Uint8Array.from(bytes), kept };
}

function pushVarint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

function readVarint(bytes: Uint8Array, from: number): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  let offset = from;
  for (;;) {
    if (offset >= bytes.length) throw new Error('model file is truncated');
    const byte = bytes[offset] ?? 0;
    offset += 1;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return { value, next: offset };
    shift += 7;
  }
}
