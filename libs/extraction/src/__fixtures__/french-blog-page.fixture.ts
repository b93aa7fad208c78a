/**
 * A French regional site without JSON-LD or a lang attribute: dates and URL come from meta
 * tags, the language from the text, the credit from a closing "Source" paragraph. A list of
 * links inside the article and a related block sit around the body.
 */
export const frenchBlogPage = {
  url: 'https://actu-littoral.example/economie/port-de-peche-2024',
  html: `<!doctype html>
<html>
<head>
  <title>Le port de pêche de Lorient modernise sa criée - Actu Littoral</title>
  <meta property="og:url" content="/economie/port-de-peche-2024">
  <meta property="og:site_name" content="Actu Littoral">
  <meta name="author" content="Yann Le Gall">
  <meta name="dc.date" content="2024-03-14T08:30:00Z">
  <meta property="article:modified_time" content="2024-03-14T12:00:00+01:00">
  <meta name="twitter:image" content="/images/criee.jpg">
</head>
<body>
  <div class="menu"><a href="/">Accueil</a> | <a href="/economie">Économie</a> | <a href="/sport">Sport</a></div>
  <div id="contenu">
    <h1>Le port de pêche de Lorient modernise sa criée</h1>
    <p>Le port de pêche de Lorient a inauguré jeudi une nouvelle halle à marée, après deux ans de travaux financés en grande partie par la région et l'Union européenne.</p>
    <p>La criée, qui traite chaque année plus de vingt mille tonnes de poisson, dispose désormais de chambres froides plus économes en énergie et d'une salle de vente entièrement numérisée.</p>
    <p>Les mareyeurs pourront enchérir à distance, ce qui devrait attirer des acheteurs venus d'Espagne et d'Italie, selon la direction du port.</p>
    <ul class="liens">
      <li><a href="/a">Les pêcheurs bretons inquiets pour le bar</a></li>
      <li><a href="/b">Quotas de sole : accord trouvé à Bruxelles</a></li>
      <li><a href="/c">Le prix du gazole pèse sur les armateurs</a></li>
    </ul>
    <p>Le syndicat des marins a salué un investissement attendu depuis longtemps, tout en réclamant des garanties sur l'emploi des dockers.</p>
    <p>Source : AFP</p>
    <p>Partager cet article</p>
  </div>
  <div class="related">
    <h3>À lire aussi</h3>
    <p><a href="/d">Saint-Malo : la pêche à la coquille rouvre</a> <time datetime="2023-12-01T09:00:00Z">1 déc.</time></p>
  </div>
  <footer>© 2024 Actu Littoral – Tous droits réservés</footer>
</body>
</html>`,
  expected: {
    title: 'Le port de pêche de Lorient modernise sa criée',
    byline: 'Yann Le Gall',
    publishedAt: '2024-03-14T08:30:00.000Z',
    modifiedAt: '2024-03-14T11:00:00.000Z',
    language: 'fr',
    canonicalUrl: 'https://actu-littoral.example/economie/port-de-peche-2024',
    siteName: 'Actu Littoral',
    leadImage: 'https://actu-littoral.example/images/criee.jpg',
    credit: { agency: 'AFP', line: 'Source : AFP' },
    paragraphs: [
      "Le port de pêche de Lorient a inauguré jeudi une nouvelle halle à marée, après deux ans de travaux financés en grande partie par la région et l'Union européenne.",
      "La criée, qui traite chaque année plus de vingt mille tonnes de poisson, dispose désormais de chambres froides plus économes en énergie et d'une salle de vente entièrement numérisée.",
      "Les mareyeurs pourront enchérir à distance, ce qui devrait attirer des acheteurs venus d'Espagne et d'Italie, selon la direction du port.",
      "Le syndicat des marins a salué un investissement attendu depuis longtemps, tout en réclamant des garanties sur l'emploi des dockers.",
    ],
  },
} as const;
