/**
 * A full news page: navigation, JSON-LD, Open Graph, an advert, a sub-heading, a bullet list,
 * a quote, a related-stories rail with its own dates, and a footer.
 */
export const newsArticlePage = {
  url: 'https://www.harbourtimes.example/world/2024/05/20/ferry-strike',
  html: `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Ferry strike strands thousands on Greek islands | The Harbour Times</title>
  <link rel="canonical" href="/world/2024/05/20/ferry-strike">
  <meta property="og:title" content="Ferry strike strands thousands on Greek islands | The Harbour Times">
  <meta property="og:site_name" content="The Harbour Times">
  <meta property="og:image" content="https://cdn.harbourtimes.example/img/ferry.jpg">
  <meta property="article:published_time" content="2024-05-20T07:00:00+03:00">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"The Harbour Times","url":"https://www.harbourtimes.example/"},
    {"@type":"NewsArticle","headline":"Ferry strike strands thousands on Greek islands",
     "datePublished":"2024-05-20T06:45:00+03:00","dateModified":"2024-05-20T09:10:00+03:00",
     "author":[{"@type":"Person","name":"Eleni Marku"}],
     "publisher":{"@type":"Organization","name":"The Harbour Times"},
     "image":{"@type":"ImageObject","url":"https://cdn.harbourtimes.example/img/ferry-wide.jpg"}},
    {"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"Older story","datePublished":"2023-01-01T00:00:00Z"}]}
  ]}
  </script>
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/login">Log in</a></nav></header>
  <main>
    <article>
      <h1>Ferry strike strands thousands on Greek islands</h1>
      <p class="byline">By Eleni Marku</p>
      <time datetime="2024-05-20T06:45:00+03:00">20 May 2024</time>
      <div class="article-body">
        <p>ATHENS (AP) — Thousands of travellers were stranded on Greek islands on Monday as ferry crews walked off the job for 48 hours in a dispute over pay and staffing rules.</p>
        <p>The seamen's union said the strike would halt all passenger and car ferries between the mainland and the Aegean islands until Wednesday morning.</p>
        <div class="ad-slot"><p>Advertisement</p></div>
        <p>Shipping companies said they had offered a 6 per cent raise, but the union is demanding larger crews on the busiest summer routes.</p>
        <h2>Tourist season at risk</h2>
        <p>Hoteliers on Santorini and Mykonos said cancellations had already begun, weeks before the peak of the tourist season.</p>
        <ul>
          <li>About 40,000 passengers were booked on Monday sailings.</li>
          <li>Island flights were fully booked by midday.</li>
        </ul>
        <blockquote><p>"We cannot run ships with crews sized for winter in the middle of August," a union official said.</p></blockquote>
        <p>The shipping ministry said it would meet both sides on Tuesday and did not rule out civil mobilisation orders.</p>
        <p>Read more: <a href="/world/ferries-explained">How Greece's ferry network works</a></p>
        <p>Sign up for our Europe Today newsletter</p>
      </div>
    </article>
    <aside class="related-stories">
      <h3>Related</h3>
      <article><a href="/a">Airport workers plan walkout</a><time datetime="2023-11-02T10:00:00Z">2 Nov</time></article>
      <article><a href="/b">Port of Piraeus sets cargo record</a><time datetime="2023-10-15T10:00:00Z">15 Oct</time></article>
    </aside>
  </main>
  <footer><p>© 2024 The Harbour Times. All rights reserved.</p><a href="/privacy">Privacy Policy</a></footer>
</body>
</html>`,
  expected: {
    title: 'Ferry strike strands thousands on Greek islands',
    byline: 'Eleni Marku',
    publishedAt: '2024-05-20T03:45:00.000Z',
    modifiedAt: '2024-05-20T06:10:00.000Z',
    language: 'en',
    canonicalUrl: 'https://www.harbourtimes.example/world/2024/05/20/ferry-strike',
    siteName: 'The Harbour Times',
    leadImage: 'https://cdn.harbourtimes.example/img/ferry.jpg',
    credit: { agency: 'AP', line: 'ATHENS (AP) —' },
    paragraphs: [
      'ATHENS (AP) — Thousands of travellers were stranded on Greek islands on Monday as ferry crews walked off the job for 48 hours in a dispute over pay and staffing rules.',
      "The seamen's union said the strike would halt all passenger and car ferries between the mainland and the Aegean islands until Wednesday morning.",
      'Shipping companies said they had offered a 6 per cent raise, but the union is demanding larger crews on the busiest summer routes.',
      'Tourist season at risk',
      'Hoteliers on Santorini and Mykonos said cancellations had already begun, weeks before the peak of the tourist season.',
      'About 40,000 passengers were booked on Monday sailings.',
      'Island flights were fully booked by midday.',
      '"We cannot run ships with crews sized for winter in the middle of August," a union official said.',
      'The shipping ministry said it would meet both sides on Tuesday and did not rule out civil mobilisation orders.',
    ],
  },
} as const;
