import { decodeOpmlBytes } from './opml-encoding';
import { OpmlError, readOpml } from './opml-reader';
import { writeOpml } from './opml-writer';
import { toFeedView } from './feed-view';

const opml = (body: string, head = '<head><title>My  feeds</title></head>'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n<opml version="2.0">${head}<body>${body}</body></opml>`;

describe('readOpml', () => {
  it('reads feeds from nested folders, with titles, canonical URLs and entities decoded', () => {
    const doc = readOpml(
      opml(`
      <outline text="News">
        <outline type="rss" text="World &amp; Europe" xmlUrl="https://Example.org/world.xml#top"/>
        <outline text="Deeper"><outline type="rss" title="Tech" text="ignored" xmlUrl='https://example.org/tech.xml?a=1&amp;b=2'></outline></outline>
      </outline>
      <outline type="link" text="A page" url="https://example.org/page"/>
      <outline TYPE="rss" TEXT="Upper" XMLURL="http://example.net/rss"/>`),
    );
    expect(doc.title).toBe('My feeds');
    expect(doc.feeds).toEqual([
      { url: 'https://example.org/world.xml', title: 'World & Europe' },
      { url: 'https://example.org/tech.xml?a=1&b=2', title: 'Tech' },
      { url: 'http://example.net/rss', title: 'Upper' },
    ]);
    expect(doc.invalid).toEqual([]);
  });

  it('reads OPML 1.0 without a head', () => {
    const doc = readOpml(
      '<opml version="1.0"><body><outline title="a" xmlUrl="http://a.example/rss"/></body></opml>',
    );
    expect(doc.feeds).toEqual([{ url: 'http://a.example/rss', title: 'a' }]);
  });

  it('reports invalid outlines with the reason and counts repeats', () => {
    const doc = readOpml(
      opml(`
      <outline type="rss" text="FTP" xmlUrl="ftp://example.org/feed"/>
      <outline type="rss" text="Secret" xmlUrl="https://me:pw@example.org/feed"/>
      <outline type="rss" text="No URL"/>
      <outline type="rss" xmlUrl=""/>
      <outline type="rss" text="A" xmlUrl="https://example.org/a"/>
      <outline type="rss" text="A again" xmlUrl="https://EXAMPLE.org/a"/>`),
    );
    expect(doc.feeds).toEqual([{ url: 'https://example.org/a', title: 'A' }]);
    expect(doc.duplicates).toBe(1);
    expect(doc.invalid).toEqual([
      { entry: 'FTP', reason: 'xmlUrl must be http or https, not ftp:' },
      { entry: 'Secret', reason: 'xmlUrl must not carry a user name or password' },
      { entry: 'No URL', reason: 'has no xmlUrl' },
      { entry: '(empty xmlUrl)', reason: 'xmlUrl is empty' },
    ]);
  });

  it('refuses DTDs and entity declarations (no expansion, no external fetch)', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;">]>' +
      '<opml><body><outline text="&b;" xmlUrl="http://x.example/rss"/></body></opml>';
    expect(() => readOpml(bomb)).toThrow(OpmlError);
    expect(() => readOpml(bomb)).toThrow(/not accepted/);
    const external = '<!DOCTYPE opml SYSTEM "file:///etc/passwd"><opml><body></body></opml>';
    expect(() => readOpml(external)).toThrow(/not accepted/);
  });

  it('leaves undeclared entity references as text and keeps prototype keys harmless', () => {
    const doc = readOpml(
      opml(
        '<outline __proto__="x" constructor="y" text="Caf&eacute; &#233; &#xE9;" xmlUrl="http://c.example/rss"/>',
      ),
    );
    expect(doc.feeds).toEqual([{ url: 'http://c.example/rss', title: 'Caf&eacute; é é' }]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses what is not OPML or not well-formed', () => {
    expect(() => readOpml('')).toThrow(/not an XML document/);
    expect(() => readOpml('<rss><channel/></rss>')).toThrow(/root element is <rss>/);
    expect(() => readOpml('<opml><head/></opml>')).toThrow(/without a <body>/);
    expect(() => readOpml('<opml><body><outline></body></opml>')).toThrow(/does not close/);
    expect(() => readOpml('<opml><body>')).toThrow(/not closed/);
    expect(() => readOpml('<opml><body><outline xmlUrl=http://a/></body></opml>')).toThrow(
      /unquoted/,
    );
    expect(() => readOpml('<opml><body><outline xmlUrl="http://a/')).toThrow(/unterminated/);
    const deep = `<opml><body>${'<outline>'.repeat(100)}${'</outline>'.repeat(100)}</body></opml>`;
    expect(() => readOpml(deep)).toThrow(/nested deeper/);
  });

  it('caps the number of feeds per file', () => {
    const outlines = Array.from(
      { length: 5001 },
      (_, i) => `<outline xmlUrl="https://example.org/${i}.xml"/>`,
    ).join('');
    expect(() => readOpml(opml(outlines))).toThrow(/more than 5000 feeds/);
  });

  it('stays linear on hostile input', () => {
    const started = Date.now();
    expect(() => readOpml(`<opml><body>${'<outline a="1" '.repeat(200_000)}`)).toThrow(OpmlError);
    expect(() => readOpml(`<opml><body>${'&'.repeat(2_000_000)}</body></opml>`)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('decodeOpmlBytes', () => {
  it('honours a BOM and the declared encoding, UTF-8 otherwise', () => {
    const latin1 = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><opml>caf\xe9</opml>',
      'latin1',
    );
    expect(decodeOpmlBytes(latin1)).toContain('café');
    expect(decodeOpmlBytes(Buffer.from('<opml>café</opml>', 'utf8'))).toContain('café');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<opml/>', 'utf16le')]);
    expect(decodeOpmlBytes(utf16)).toBe('<opml/>');
  });
});

describe('writeOpml', () => {
  it('writes OPML that reads back to the same feeds, escaping titles and URLs', () => {
    const base = {
      health: 'healthy' as const,
      paused: false,
      consecutiveFailures: 0,
      itemsSeen: 0,
      nextPollAt: new Date(),
      nextPollReason: 'regular interval',
      createdAt: new Date(),
    };
    const feeds = [
      toFeedView({
        ...base,
        _id: 'https://example.org/a.xml?x=1&y=2',
        title: 'A "quoted" <b> & co',
      }),
      toFeedView({ ...base, _id: 'https://example.org/b.xml' }),
    ];
    const written = writeOpml(feeds, new Date('2026-03-01T00:00:00Z'));
    expect(written).toContain('<opml version="2.0">');
    expect(readOpml(written).feeds).toEqual([
      { url: 'https://example.org/a.xml?x=1&y=2', title: 'A "quoted" <b> & co' },
      { url: 'https://example.org/b.xml', title: 'https://example.org/b.xml' },
    ]);
  });
});
