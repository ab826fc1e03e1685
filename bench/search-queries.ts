/** A fixed list of queries for the search benchmark: what professionals type, partial words as typed, and odd input. */
export const BENCH_QUERIES: readonly string[] = [
  // Whole queries a professional would type.
  'meldingen', 'melden', 'melding doen', 'OTS', 'ondertoezichtstelling', 'gezinsvoogd', 'toestemming 14 jaar',
  'toestemming', 'toestemming ouders', 'toestemming kind 16', '0800', '0800-2000', '112', 'verwijsindex', 'VIR',
  'anoniem advies', 'anoniem', 'advies vragen', 'acute onveiligheid', 'structurele onveiligheid', 'disclosure',
  'aandachtsfunctionaris', 'huisarts beroepsgeheim', 'beroepsgeheim', 'geheimhoudingsplicht', 'huisarts',
  'afwegingskader', 'vijf vragen', 'vraag 2', 'passende hulp', 'duurzame veiligheid', 'hulp bieden',
  'veilig thuis', 'triage', 'radarfunctie', 'onderzoek veilig thuis', 'wachtlijst', 'niet pluis',
  'gesprek met ouders', 'gesprek overslaan', 'gesprek met het kind', 'geheimhouding beloven', 'loyaliteit',
  'signalen', 'signalen vastleggen', 'feiten en hypothesen', 'vastleggen', 'dossier', 'inzage dossier',
  'mening toevoegen', 'privacy', 'AVG', 'persoonsgegevens', 'grondslag', 'gerechtvaardigd belang',
  'proportionaliteit', 'subsidiariteit', 'doel delen', 'informatie delen', 'stappenplan', 'kan ik informatie delen',
  'wijkteam', 'sociaal team', 'GGD-JGZ', 'jeugdgezondheidszorg', 'jeugdbescherming', 'raad voor de kinderbescherming',
  'uithuisplaatsing', 'huisverbod', 'veiligheidsplan', 'veiligheidsvoorwaarden', 'monitoren', 'zicht op veiligheid',
  'meisjesbesnijdenis', 'collega signalen', 'school', 'kinderopvang', 'verloskundige', 'leerplicht',
  'intern begeleider', 'casus', 'noor', 'klas', 'privacytoets', 'namen weglaten', 'herkenbaar',
  // Partial words, as the header box sees them while typing.
  'me', 'mel', 'meld', 'verw', 'verwijs', 'toest', 'toestem', 'aand', 'aandachts', 'anon', 'beroeps',
  'gezins', 'onvei', 'afweg', 'vastl', 'huisar',
  // Odd input: lunr syntax, typos, long text.
  '*', 'ots*', 'title:ots', 'melding~2', 'OTS^10', '+ouders -kind', 'verwijsindx', 'toestmming', 'aandachtsfunctionars',
  'wat moet ik doen als een kind vertelt dat het thuis geslagen wordt en vraagt om het geheim te houden',
  'x'.repeat(1000),
];
