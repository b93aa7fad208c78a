import { FERRETDB_MAX_POINT_LOOKUPS, idLookupPlan } from './find-by-ids';
import { storeKindOf } from './store-kind';

describe('id lookups', () => {
  it('recognises FerretDB by its buildInfo fields', () => {
    expect(storeKindOf({ version: '7.0.42', ferretdbVersion: 'v1.24.2' })).toBe('ferretdb');
    expect(storeKindOf({ version: '7.0.14', gitVersion: 'abc' })).toBe('mongodb');
  });

  it('uses one $in on MongoDB and point lookups for a few ids on FerretDB', () => {
    expect(idLookupPlan('mongodb', 0)).toBe('none');
    expect(idLookupPlan('mongodb', 3)).toBe('in-query');
    expect(idLookupPlan('ferretdb', 3)).toBe('point-lookups');
    expect(idLookupPlan('ferretdb', FERRETDB_MAX_POINT_LOOKUPS)).toBe('point-lookups');
    expect(idLookupPlan('ferretdb', FERRETDB_MAX_POINT_LOOKUPS + 1)).toBe('in-query');
  });
});
