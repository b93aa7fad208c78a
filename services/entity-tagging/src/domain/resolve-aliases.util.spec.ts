import type { EntityType } from '@newsflow/contracts';
import type { CandidateSpan } from './candidate-span.types';
import { isNameSuffix, resolveAliases } from './resolve-aliases.util';

let cursor = 0;
function span(text: string, type: EntityType, confidence = 0.8): CandidateSpan {
  const start = cursor;
  cursor += text.length + 1;
  return { start, end: start + text.length, text, type, confidence, entry: undefined };
}

describe('isNameSuffix', () => {
  it.each([
    ['Shoigu', 'Sergei Shoigu'],
    ['de Mistura', 'Staffan de Mistura'],
    ['Assad', 'Bashar al-Assad'],
    ['al-Assad', 'Bashar al-Assad'],
    ['van der Berg', 'Pieter van der Berg'],
  ])('%s ends %s', (short, full) => {
    expect(isNameSuffix(short, full)).toBe(true);
  });

  it.each([
    ['Sergei', 'Sergei Shoigu'],
    ['Sergei Shoigu', 'Sergei Shoigu'],
    ['Mistura', 'Staffan de Mistura Jr'],
  ])('%s does not end %s', (short, full) => {
    expect(isNameSuffix(short, full)).toBe(false);
  });
});

describe('resolveAliases', () => {
  it('folds surnames and acronyms into the longest name, whatever their guessed type', () => {
    const clusters = resolveAliases([
      span('Amina Yusuf', 'person'),
      span('Yusuf', 'place', 0.45),
      span('Arctic Research Council', 'organisation'),
      span('ARC', 'organisation', 0.4),
    ]);
    expect(clusters.map((cluster) => [cluster.name, cluster.type, cluster.spans.length])).toEqual([
      ['Amina Yusuf', 'person', 2],
      ['Arctic Research Council', 'organisation', 2],
    ]);
  });

  it('leaves a surname shared by two people on its own', () => {
    const clusters = resolveAliases([
      span('Anna Berg', 'person'),
      span('Lars Berg', 'person'),
      span('Berg', 'person'),
    ]);
    expect(clusters.map((cluster) => cluster.name).sort()).toEqual([
      'Anna Berg',
      'Berg',
      'Lars Berg',
    ]);
  });

  it('groups repeated names case-insensitively and acronyms with or without dots', () => {
    const clusters = resolveAliases([span('U.N.', 'organisation'), span('UN', 'organisation')]);
    expect(clusters).toHaveLength(1);
  });
});
