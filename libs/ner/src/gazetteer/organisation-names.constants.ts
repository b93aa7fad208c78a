// Organisations that international news names often and that a model sees too rarely in
// CoNLL-2003 (UN agencies, NGOs, central banks, wire services, sports bodies, large
// companies). Comma-separated, so names may have spaces.

export const ORGANISATION_NAMES = `
  World Food Programme, UN Development Programme, United Nations Development Programme,
  UN Environment Programme, United Nations Environment Programme, UNHCR, UN Refugee Agency,
  Office for the Coordination of Humanitarian Affairs, OCHA, UNRWA, UNDP, UNEP, WFP, WHO,
  World Meteorological Organization, International Organization for Migration,
  International Committee of the Red Cross, Red Cross, Red Crescent, Doctors Without Borders,
  Medecins Sans Frontieres, Amnesty International, Human Rights Watch, Oxfam, Save the Children,
  Greenpeace, Transparency International, Reporters Without Borders, Federal Reserve,
  Bank of England, Bank of Japan, People's Bank of China, Bundesbank, Swiss National Bank,
  Reserve Bank of India, Reserve Bank of Australia, Bank of Canada, Asian Development Bank,
  African Development Bank, Inter-American Development Bank, European Investment Bank,
  European Bank for Reconstruction and Development, Bank for International Settlements,
  Group of Seven, Group of 20, G7, G20, BRICS, Gulf Cooperation Council, Mercosur, Commonwealth,
  Hamas, Hezbollah, Taliban, Kurdistan Workers' Party, PKK, Muslim Brotherhood, Houthis,
  Pentagon, State Department, Justice Department, FBI, CIA, NASA, Congress, Senate,
  House of Representatives, Supreme Court, Bundestag, Duma, Knesset, European Court of Justice,
  European Court of Human Rights, Securities and Exchange Commission, SEC, Federal Trade Commission,
  Bloomberg, Reuters, Associated Press, Agence France-Presse, AFP, BBC, CNN, Al Jazeera,
  New York Times, Washington Post, Wall Street Journal, Financial Times, The Guardian, Xinhua,
  Kyodo, Yonhap, Interfax, Tass, Nasdaq, New York Stock Exchange, London Stock Exchange,
  FIFA, UEFA, International Olympic Committee, IOC, NATO, OPEC, IMF, World Bank, Apple,
  Microsoft, Google, Alphabet, Amazon, Meta, Facebook, Tesla, Nvidia, Samsung, Toyota,
  Volkswagen, General Motors, Ford, Boeing, Airbus, Siemens, Shell, BP, ExxonMobil, Chevron,
  Gazprom, Rosneft, Saudi Aramco, Glencore, Nestle, Unilever, HSBC, Barclays, JPMorgan,
  Goldman Sachs, Morgan Stanley, Deutsche Bank, BNP Paribas, UBS, Credit Suisse, Maersk
`;
