// Invented wire-style story: a summit with a known and an unknown acronym body, surname-only
// second references, and "Jordan" as both a country and a person's first name.

export const fisheriesSummitArticle = {
  title: 'EU and Pacific council agree tuna limits at Lisbon talks',
  paragraphs: [
    'Foreign ministers from the European Union and the Pacific Fisheries Council (PFC) agreed on Tuesday in Lisbon to cut tuna catch limits by a fifth, Portuguese Foreign Minister Helena Vasconcelos announced.',
    '"This is the first binding deal between our two blocs," Vasconcelos told reporters after the talks, adding that the EU would pay for new patrol vessels used by PFC members.',
    'The agreement follows months of pressure from Fiji and Samoa, whose delegates walked out of a preparatory meeting in Brussels in March.',
    "Jordan Whitfield, the council's chief negotiator, called the deal fair. Whitfield previously led talks with the World Trade Organization on fishing subsidies.",
    'Jordan, which holds observer status, did not send a delegation. NATO said separately that its naval forces would take no part in the patrols.',
  ],
} as const;

export const fisheriesSummitText = fisheriesSummitArticle.paragraphs.join('\n\n');
