import { localEntityId, slugify } from './entity-id.util';

describe('localEntityId', () => {
  it('is stable and readable for the same type and name', () => {
    expect(localEntityId('person', 'Staffan de Mistura')).toBe('local:person:staffan-de-mistura');
    expect(localEntityId('place', 'East Ghouta')).toBe(localEntityId('place', 'East  Ghouta'));
  });

  it('folds accents and keeps letters of any script', () => {
    expect(slugify('São Tomé & Príncipe')).toBe('sao-tome-principe');
    expect(localEntityId('person', 'Сергей Шойгу')).toBe('local:person:сергеи-шоигу');
    expect(localEntityId('organisation', '!!!')).toBe('local:organisation:unnamed');
  });
});
