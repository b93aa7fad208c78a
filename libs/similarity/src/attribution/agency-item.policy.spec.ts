import { agencyOfHost, recogniseAgencyItem } from './agency-item.policy';

const item = (overrides: Partial<Parameters<typeof recogniseAgencyItem>[0]>) => ({
  sourceId: 'outlet.example',
  urls: [],
  credit: null,
  byline: null,
  ...overrides,
});

describe('recogniseAgencyItem', () => {
  it('recognises the agencies’ own domains and their subdomains, on label boundaries only', () => {
    expect(agencyOfHost('www.afp.com')).toBe('AFP');
    expect(agencyOfHost('apnews.com')).toBe('AP');
    expect(agencyOfHost('english.news.cn')).toBe('Xinhua');
    expect(agencyOfHost('www.pa.media')).toBe('PA');
    expect(agencyOfHost('notafp.com')).toBeNull();
    expect(agencyOfHost('afp.com.evil.example')).toBeNull();
  });

  it('takes the host from the source or any URL of the item', () => {
    expect(recogniseAgencyItem(item({ sourceId: 'reuters.com' }))).toBe('Reuters');
    expect(
      recogniseAgencyItem(
        item({ sourceId: 'push', urls: [null, 'https://www.ansa.it/english/x'] }),
      ),
    ).toBe('ANSA');
    expect(recogniseAgencyItem(item({ urls: ['not a url'] }))).toBeNull();
  });

  it('does not count an agency site that credits another agency', () => {
    expect(recogniseAgencyItem(item({ sourceId: 'reuters.com', credit: 'AFP' }))).toBeNull();
  });

  it('recognises a wire source id when the credit or byline is the same agency', () => {
    expect(recogniseAgencyItem(item({ sourceId: 'wire:afp', credit: 'AFP' }))).toBe('AFP');
    expect(recogniseAgencyItem(item({ sourceId: 'dpa-wire', credit: 'dpa' }))).toBe('dpa');
    expect(
      recogniseAgencyItem(item({ sourceId: 'ap-feed', byline: 'By The Associated Press' })),
    ).toBe('AP');
    expect(recogniseAgencyItem(item({ sourceId: 'reuters', byline: 'Reuters staff' }))).toBe(
      'Reuters',
    );
  });

  it('treats outlets that credit an agency, and lookalike source ids, as copies', () => {
    expect(recogniseAgencyItem(item({ credit: 'AFP', byline: 'AFP' }))).toBeNull();
    expect(recogniseAgencyItem(item({ sourceId: 'wire:afp', credit: 'Reuters' }))).toBeNull();
    expect(recogniseAgencyItem(item({ sourceId: 'afp-daily', credit: 'AFP' }))).toBeNull();
    expect(recogniseAgencyItem(item({ sourceId: 'wire:afp' }))).toBeNull();
  });
});
