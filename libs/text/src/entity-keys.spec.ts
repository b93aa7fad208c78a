import { entitySearchKeys, localEntityId, slugify } from './entity-keys';

describe('entity keys', () => {
  it('slugs names of any script without accents', () => {
    expect(slugify('José Ramos-Horta')).toBe('jose-ramos-horta');
    expect(slugify('  Zürich  ')).toBe('zurich');
    expect(slugify('Владимир Путин')).toBe('владимир-путин');
  });

  it('gives an unknown entity the same local id from any spelling of its canonical name', () => {
    expect(localEntityId('person', 'Staffan de Mistura')).toBe('local:person:staffan-de-mistura');
    expect(localEntityId('person', 'STAFFAN DE MISTURA')).toBe('local:person:staffan-de-mistura');
    expect(localEntityId('place', '—')).toBe('local:place:unnamed');
  });

  it('keys every word-suffix of every name, folded', () => {
    expect(entitySearchKeys(['Bashar al-Assad', 'Assad'])).toEqual([
      'bashar al assad',
      'al assad',
      'assad',
    ]);
  });
});
