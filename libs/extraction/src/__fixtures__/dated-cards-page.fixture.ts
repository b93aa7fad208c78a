/**
 * A Spanish page whose only date is the <time> in the main article, preceded in the markup by
 * <article> cards of other stories with their own, older dates. No canonical link: og:url.
 */
export const datedCardsPage = {
  url: 'https://diario-sur.example/sociedad/sequia-embalses.html',
  html: `<!doctype html>
<html lang="es-ES">
<head>
  <title>Los embalses andaluces caen al 20 por ciento | Diario del Sur</title>
  <meta property="og:url" content="https://diario-sur.example/sociedad/sequia-embalses.html">
</head>
<body>
  <section class="teasers">
    <article class="card"><h3><a href="/x">La lluvia no basta en Doñana</a></h3><time datetime="2023-02-10T08:00:00Z">10/02/2023</time></article>
    <article class="card"><h3><a href="/y">Restricciones de agua en Málaga</a></h3><time datetime="2023-03-01T08:00:00Z">01/03/2023</time></article>
  </section>
  <article class="story">
    <h1>Los embalses andaluces caen al 20 por ciento</h1>
    <time datetime="2024-04-02T09:15:00+02:00">2 de abril de 2024</time>
    <p>SEVILLA, 2 abr (EFE).- Los embalses de Andalucía se encuentran al 20 por ciento de su capacidad, el nivel más bajo registrado en esta época del año desde que existen datos.</p>
    <p>La Junta ha aprobado nuevas restricciones para el riego agrícola y ha pedido a los ayuntamientos que reduzcan el consumo en parques y fuentes públicas.</p>
    <p>Los agricultores del valle del Guadalquivir advierten de que la campaña de regadío podría perderse si no llueve antes del verano.</p>
    <p>Los expertos recuerdan que la región ha encadenado cinco años con precipitaciones por debajo de la media.</p>
  </article>
</body>
</html>`,
  expected: {
    title: 'Los embalses andaluces caen al 20 por ciento',
    byline: null,
    publishedAt: '2024-04-02T07:15:00.000Z',
    modifiedAt: null,
    language: 'es',
    canonicalUrl: 'https://diario-sur.example/sociedad/sequia-embalses.html',
    siteName: null,
    leadImage: null,
    credit: { agency: 'EFE', line: 'SEVILLA, 2 abr (EFE).-' },
    paragraphs: [
      'SEVILLA, 2 abr (EFE).- Los embalses de Andalucía se encuentran al 20 por ciento de su capacidad, el nivel más bajo registrado en esta época del año desde que existen datos.',
      'La Junta ha aprobado nuevas restricciones para el riego agrícola y ha pedido a los ayuntamientos que reduzcan el consumo en parques y fuentes públicas.',
      'Los agricultores del valle del Guadalquivir advierten de que la campaña de regadío podría perderse si no llueve antes del verano.',
      'Los expertos recuerdan que la región ha encadenado cinco años con precipitaciones por debajo de la media.',
    ],
  },
} as const;
