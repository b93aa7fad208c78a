import { FeedParseError, type FeedParseErrorKind } from './feed-parse.error';
import { guardXmlInput } from './xml-input.guard';

function refusal(xml: string): FeedParseErrorKind {
  try {
    guardXmlInput(xml);
  } catch (error) {
    if (error instanceof FeedParseError) return error.kind;
    throw error;
  }
  throw new Error('expected the guard to refuse the document');
}

describe('guardXmlInput', () => {
  it.each([
    ['a doctype with an internal subset', '<!DOCTYPE rss [<!ENTITY a "b">]><rss/>'],
    ['a lower-case doctype after a comment and a PI', '<!-- x --><?pi y?><!doctype rss><rss/>'],
    ['an external DTD', '<!DOCTYPE rss SYSTEM "http://attacker.example/x.dtd"><rss/>'],
    ['a stray entity declaration', '<rss><!ENTITY a "b"></rss>'],
    ['a conditional section', '<rss><![INCLUDE[ <x/> ]]></rss>'],
    ['a doctype after the root element', '<rss></rss><!DOCTYPE rss>'],
  ])('refuses %s', (_label, xml) => {
    expect(refusal(xml)).toBe('xml-dtd-forbidden');
  });

  it('reports an unknown markup declaration and unterminated sections as malformed', () => {
    expect(refusal('<rss><!bogus></rss>')).toBe('malformed');
    expect(refusal('<rss><!-- never closed</rss>')).toBe('malformed');
    expect(refusal('<rss><![CDATA[ never closed</rss>')).toBe('malformed');
    expect(refusal('<rss><a title="never closed></a> <!DOCTYPE x></rss>')).toBe('malformed');
  });

  it('leaves declarations quoted in comments and CDATA alone', () => {
    const xml = '<rss><!-- <!DOCTYPE x> --><d><![CDATA[<!ENTITY a "b"> &nbsp;]]></d></rss>';

    expect(guardXmlInput(xml)).toEqual({ xml, rootName: 'rss' });
  });

  it('escapes references to undeclared entities in text and attribute values', () => {
    const xml = `<a href="?x=1&y=2&amp;z=3" t='&nbsp;'>&copy; &lt; &#169; &#xA9; & &bogus</a>`;

    expect(guardXmlInput(xml).xml).toBe(
      `<a href="?x=1&amp;y=2&amp;z=3" t='&amp;nbsp;'>&amp;copy; &lt; &#169; &#xA9; &amp; &amp;bogus</a>`,
    );
  });

  it('renames elements that could reach an object prototype, in start and end tags', () => {
    const xml = '<rss><__proto__ a="1">x</__proto__><ns:Constructor/><prototype></prototype></rss>';

    expect(guardXmlInput(xml).xml).toBe(
      '<rss><nf-reserved-__proto__ a="1">x</nf-reserved-__proto__><nf-reserved-ns-Constructor/><nf-reserved-prototype></nf-reserved-prototype></rss>',
    );
  });

  it('reports the first element as the root, prefix included', () => {
    expect(
      guardXmlInput('<?xml version="1.0"?>\n<!-- c --><rdf:RDF><item/></rdf:RDF>').rootName,
    ).toBe('rdf:RDF');
    expect(guardXmlInput('no markup at all').rootName).toBeNull();
  });

  it('reads quoted attribute values whole, as the XML parser does', () => {
    expect(guardXmlInput('<a title="1 > 0 & more">t</a>').xml).toBe(
      '<a title="1 > 0 &amp; more">t</a>',
    );
    // The "<![CDATA[" is inside the attribute, so the doctype after it is live markup.
    expect(refusal('<rss><a t="<![CDATA[">x</a><!DOCTYPE x>]]></rss>')).toBe('xml-dtd-forbidden');
  });

  it('returns the input unchanged when there is nothing to rewrite', () => {
    const xml = '<rss version="2.0"><channel><title>A &amp; B</title></channel></rss>';

    expect(guardXmlInput(xml).xml).toBe(xml);
  });
});
