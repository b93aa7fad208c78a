// Invented French brief: the English recogniser must stay out, vocabulary names still count.

export const frenchBriefText = [
  "Le président du Conseil européen s'est rendu mardi à Paris pour rencontrer les dirigeants des pays voisins.",
  "Les discussions ont porté sur la sécurité en Ukraine, sur l'énergie et sur l'aide promise à la Moldavie.",
].join('\n\n');
