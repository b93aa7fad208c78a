// Hand-written closed lists that feed the tagger's gazetteer features. They are clues, not
// rules: the model learns how far to trust each one, so a list entry that is also a common word
// ("Will", "Mark") costs little. Lower-case, whitespace-separated, so the lists stay readable.

/** Given names common in international news copy, across the regions wires cover. */
export const FIRST_NAMES = `
  aaron abdul abdullah abu adam adrian ahmad ahmed aisha alain alan albert alberto alejandro
  aleksandr alex alexander alexandre alexei alfred ali alice alicia alison amanda amy ana anatoly
  andre andrea andreas andrei andrew andrzej andy angela angelo ann anna anne annette anthony
  antonio arnold arthur ashley aung barbara barry bashar ben benjamin benny bernard bernd bill
  bob bobby boris brad brian bruce bruno carl carla carlo carlos carmen carol caroline catherine
  charles charlie chen chris christian christina christine christopher claire claude claudia
  colin craig dan daniel daniela danny darren dave david dean deborah denis dennis derek diana
  diane dick diego dieter dimitri dmitry dominic don donald doris doug douglas dragan duncan
  eddie edgar eduardo edward elena elizabeth ellen emily emma emmanuel enrique eric erik ernesto
  ernst eva evgeny fabio faisal fatima felipe felix fernando fidel francesco francis francisco
  frank franz fred frederick gabriel gary gene george georges georgi gerald gerard gerhard
  giovanni giuseppe glenn gordon graham greg gregory guido gunter guy hans harold harry hassan
  heinz helen helmut henri henrik henry herbert hillary hiroshi hosni howard hugh hussein ian
  ibrahim igor ivan jack jacques jaime james jan jane janet jason javier jean jeff jeffrey
  jennifer jens jerry jesus jim jimmy joachim joan joe johan johann johannes john jonathan jorge
  jose josef joseph juan julia julian julie julio jurgen justin karen karl kate katherine kathy
  keith ken kenneth kevin khaled kim kofi kurt larry laura laurent lee leonid li linda lisa liu
  louis luc luca lucas luis luiz lynn manuel marc marcel marco margaret maria mario mark marta
  martin mary massimo matthew maurice max michael michel michele miguel mikhail mohamed mohammad
  mohammed muhammad nancy natalia nelson nicholas nick nicolas nikolai noel norman oleg oliver
  omar oscar otto pablo pamela patricia patrick paul paula pedro peter philip philippe pierre
  rafael ralph ramon ray raymond rebecca richard rick robert roberto robin roger roland romano
  ronald rosa ross roy rudolf ruth ryan saddam salim salman sam samuel sandra sarah scott sean
  sebastian sergei sergey shimon simon sophie stanley stefan stephen steve steven stuart susan
  tariq ted terry thomas tim timothy tom tommy tony ulrich valentina valery vasily victor
  viktor vincent vladimir walter wang warren wayne werner william wim wolfgang yasser yitzhak
  yuri zhang zoran abdel abdulaziz adnan akira alberto amir ante aslan ayman benazir binyamin
  boutros chandra dalai deng diego dudley earl ehud eugene ferenc franjo gianni goran gustavo
  haider hamid hashemi helmut heydar hideo horst ilya imran jiang jose kazuo kenji klaus kohei
  kostas lech lennart leszek lionel luciano mahmoud masood mesut milan milos mircea moshe
  nawaz necmettin nelson nikos nursultan olusegun paolo pervez radovan ramiz rashid recep
  ricardo riyad romano rustam ryutaro sani shinzo silvio slobodan suharto sultan tansu tayyip
  teodoro tomiichi turgut viktor vojislav walid yasuo yevgeny yoweri zbigniew zhu
`;

/** Lower-case particles inside personal names ("Staffan de Mistura", "Marco van Basten"). */
export const NAME_PARTICLES = `
  de del della der den di da das do dos du la le van von ter ten al el bin ibn bint abu ben
`;

/** Words that stand before a person's name and are not part of it. */
export const PERSON_TITLES = `
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president premier minister
  chancellor secretary envoy ambassador spokesman spokeswoman king queen prince princess emir
  sheikh sultan pope cardinal archbishop bishop rev rev. imam rabbi general gen gen. lieutenant
  colonel col. major captain admiral commander marshal sergeant senator sen. rep. governor gov.
  mayor judge justice chairman chairwoman chief director commissioner coach striker midfielder
  defender goalkeeper captain manager leader deputy vice
`;

/** Last words of organisation names. */
export const ORGANISATION_WORDS = `
  inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv bv gmbh spa ab oy asa group holdings
  bank banks ministry party council committee commission union association federation agency
  authority board bureau institute university college school club fc united city rovers
  wanderers athletic airlines airways motors industries international corporation company
  partners securities fund trust foundation organisation organization front movement army
  forces police court parliament assembly congress senate league alliance coalition network
  news times post journal press television radio service services exchange department office
  brigade brigades
`;

/** Last words of place names. */
export const PLACE_WORDS = `
  city county province state states island islands river mountains mountain valley bay gulf
  sea ocean lake street avenue square region district republic kingdom peninsula strait coast
  heights hills desert airport port harbour harbor
`;

/** Nationality and group adjectives; CoNLL-2003 calls these MISC, the pipeline drops them. */
export const DEMONYMS = `
  afghan african albanian algerian american angolan arab argentine argentinian armenian asian
  australian austrian azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian
  british bulgarian burmese burundian cambodian cameroonian canadian chechen chilean chinese
  colombian congolese croatian cuban cypriot czech danish dutch ecuadorean egyptian english
  eritrean estonian ethiopian european filipino finnish french georgian german ghanaian greek
  guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli
  italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kurdish kuwaiti
  latvian lebanese liberian libyan lithuanian macedonian malaysian maltese mexican moldovan
  mongolian moroccan mozambican namibian nepalese nigerian norwegian pakistani palestinian
  panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan saudi
  scottish senegalese serb serbian slovak slovenian somali spanish sudanese swedish swiss syrian
  taiwanese tajik tanzanian thai tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan
  vietnamese welsh yemeni yugoslav zambian zimbabwean western eastern northern southern
  muslim christian catholic jewish islamic sunni shi'ite shiite hindu buddhist flemish walloon
  basque catalan galician bavarian corsican sicilian breton tamil sikh kashmiri punjabi bengali
  pashtun baloch uighur uyghur tibetan maori inuit yazidi druze alawite coptic soviet
  republican democrat
`;

/** Dates and times: capitalised, never an entity. */
export const TEMPORAL_WORDS = `
  january february march april may june july august september october november december jan
  jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov
  nov. dec dec. monday tuesday wednesday thursday friday saturday sunday today tomorrow
  yesterday gmt est
`;
