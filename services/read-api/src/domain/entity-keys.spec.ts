import { entitySearchKeys, localEntityId, prefixPattern, typeOfLocalId } from './entity-keys';
import { buildEntity, reviseEntity } from './entity-record';
import { createEntitySchema, entityIdSchema, patchEntitySchema } from './entity-requests';

describe('entity search keys', () => {
  it('folds case and accents and keys every word-suffix, so any word of a name autocompletes', () => {
    const keys = entitySearchKeys(['Bashar al-Assad', 'Assad', 'Élysée Palace']);
    expect(keys).toEqual(['bashar al assad', 'al assad', 'assad', 'elysee palace', 'palace']);
    const pattern = new RegExp(prefixPattern('  ASS') ?? '');
    expect(keys.filter((key) => pattern.test(key))).toEqual(['assad']);
    expect(keys.some((key) => new RegExp(prefixPattern('élysée pal') ?? '').test(key))).toBe(true);
  });

  it('leaves nothing of the request that a regular expression would read as syntax', () => {
    expect(prefixPattern('.*(a|b)[x]$ \\d')).toBe('^a b x d');
    expect(prefixPattern('{$ne: 1}')).toBe('^ne 1');
    expect(prefixPattern('***')).toBeNull();
  });

  it('gives operator entities the id the tagger gives the same unknown name', () => {
    expect(localEntityId('person', 'José  Ramos-Horta')).toBe('local:person:jose-ramos-horta');
    expect(typeOfLocalId('local:organisation:acme')).toBe('organisation');
    expect(typeOfLocalId('wikidata:Q1')).toBeUndefined();
  });
});

describe('entity requests', () => {
  it('accepts canonical ids only', () => {
    for (const id of ['wikidata:Q1065', 'geonames:2950159', 'local:person:jane-roe']) {
      expect(entityIdSchema.safeParse(id).success).toBe(true);
    }
    for (const id of ['Q1065', 'local:thing:x', 'wikidata:Q1$ne', 'local:person:', '__proto__']) {
      expect(entityIdSchema.safeParse(id).success).toBe(false);
    }
  });

  it('refuses hostile or empty entity bodies', () => {
    expect(createEntitySchema.safeParse({ type: 'person', name: 'A\u0000B' }).success).toBe(false);
    expect(createEntitySchema.safeParse({ type: 'robot', name: 'Jane Roe' }).success).toBe(false);
    expect(createEntitySchema.safeParse({ type: 'person', name: '12' }).success).toBe(false);
    expect(
      createEntitySchema.safeParse({ type: 'person', name: 'Jane Roe', $where: '1' }).success,
    ).toBe(false);
    expect(patchEntitySchema.safeParse({ revision: 2 }).success).toBe(false);
    expect(
      createEntitySchema.parse({ type: 'person', name: ' Jane Roe ', aliases: ['JR', 'JR'] }),
    ).toMatchObject({ name: 'Jane Roe', aliases: ['JR'], externalIds: {} });
  });
});

describe('entity records', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const shipped = buildEntity(
    {
      _id: 'wikidata:Q1065',
      type: 'organisation',
      name: 'United Nations',
      aliases: ['UN', 'United Nations'],
      externalIds: { wikidata: 'Q1065' },
      status: 'active',
      mergedInto: null,
      source: 'shipped',
    },
    now,
  );

  it('starts at revision 1 with keys, and an edit makes a shipped record the operator’s', () => {
    expect(shipped).toMatchObject({ revision: 1, aliases: ['UN'] });
    expect(shipped.searchKeys).toContain('nations');
    const later = new Date('2026-01-02T00:00:00Z');
    const edited = reviseEntity(shipped, { aliases: ['UN', 'ONU'] }, later);
    expect(edited).toMatchObject({
      revision: 2,
      source: 'operator',
      updatedAt: later,
      createdAt: now,
    });
    expect(edited.searchKeys).toContain('onu');
  });
});
