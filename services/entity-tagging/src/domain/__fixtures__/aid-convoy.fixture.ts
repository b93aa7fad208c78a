// Invented wire-style story: particle and "al-" surnames, a possessive second reference, an
// acronym body unknown to the vocabulary, and a vocabulary name hidden inside a longer one.

export const aidConvoyArticle = {
  title: 'Aid convoy reaches besieged town as Qatar-brokered truce holds',
  paragraphs: [
    'The first United Nations aid convoy in three months reached the besieged town of Kafr Zita on Sunday, the World Food Programme (WFP) said, as a ceasefire brokered by Qatar held for a fourth day.',
    'Convoy coordinator Pieter van der Berg said trucks carrying flour and medicine were unloaded within hours. "The needs are enormous," van der Berg said.',
    "Rebel commander Khaled al-Masri, whose fighters control the town, agreed to let the trucks pass. Masri's group has rejected two previous truces, according to the WFP.",
    'The UN Security Council is due to discuss the truce on Thursday in New York.',
  ],
} as const;

export const aidConvoyText = aidConvoyArticle.paragraphs.join('\n\n');
