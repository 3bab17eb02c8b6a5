/**
 * Countries by ISO 3166-1 alpha-2 with the words a report uses for them: names, demonyms/adjectives and
 * capitals that stand for the government ("Beijing said..."). Written for extraction, not a gazetteer.
 *
 * Row format: `CC|names|adjectives and demonyms|metonyms`, lists separated by `;`. The first name is the
 * short name used to build names of things ("Ministry of Foreign Affairs of Czechia"); written inside a
 * sentence it goes through `countryInProse` ("of the United Kingdom").
 * Deliberately absent: bare "Korea"/"Korean" (ambiguous between KP and KR), "Washington" (a state and a
 * person), "Jordan", "Chad" and "Turkey" in lower case (handled by the case rule of the caller). A US state's name
 * names the United States ("a water utility in Massachusetts"; "New Mexico" then wins over "Mexico"), except
 * Georgia (a country) and Washington (above).
 */
const ROWS = `
AF|Afghanistan|Afghan;Afghans|Kabul
AL|Albania|Albanian;Albanians|Tirana
DZ|Algeria|Algerian;Algerians|Algiers
AD|Andorra|Andorran|
AO|Angola|Angolan;Angolans|Luanda
AR|Argentina|Argentine;Argentinian;Argentinians|Buenos Aires
AM|Armenia|Armenian;Armenians|Yerevan
AU|Australia|Australian;Australians|Canberra
AT|Austria|Austrian;Austrians|Vienna
AZ|Azerbaijan|Azerbaijani;Azerbaijanis;Azeri|Baku
BH|Bahrain|Bahraini;Bahrainis|Manama
BD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka
BY|Belarus|Belarusian;Belarusians|Minsk
BE|Belgium|Belgian;Belgians|Brussels
BJ|Benin|Beninese|
BT|Bhutan|Bhutanese|
BO|Bolivia|Bolivian;Bolivians|
BA|Bosnia and Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo
BW|Botswana|Botswanan|
BR|Brazil|Brazilian;Brazilians|Brasilia;Brasília
BN|Brunei|Bruneian|
BG|Bulgaria|Bulgarian;Bulgarians|Sofia
BF|Burkina Faso|Burkinabe|
BI|Burundi|Burundian|
KH|Cambodia|Cambodian;Cambodians|Phnom Penh
CM|Cameroon|Cameroonian;Cameroonians|
CA|Canada|Canadian;Canadians|Ottawa
KY|Cayman Islands|Caymanian|
CF|Central African Republic||
TD|Chad|Chadian|
CL|Chile|Chilean;Chileans|Santiago
CN|China;People's Republic of China;PRC|Chinese|Beijing
CO|Colombia|Colombian;Colombians|Bogota;Bogotá
CD|Democratic Republic of the Congo;DRC|Congolese|Kinshasa
CG|Republic of the Congo||Brazzaville
CR|Costa Rica|Costa Rican|
CI|Côte d'Ivoire;Cote d'Ivoire;Ivory Coast|Ivorian|
HR|Croatia|Croatian;Croatians|Zagreb
CU|Cuba|Cuban;Cubans|Havana
CY|Cyprus|Cypriot;Cypriots|Nicosia
CZ|Czechia;Czech Republic|Czech;Czechs|Prague
DK|Denmark|Danish;Danes|Copenhagen
DJ|Djibouti|Djiboutian|
DO|Dominican Republic|Dominican|
EC|Ecuador|Ecuadorian;Ecuadorians|Quito
EG|Egypt|Egyptian;Egyptians|Cairo
SV|El Salvador|Salvadoran;Salvadorans|
GQ|Equatorial Guinea|Equatoguinean|
ER|Eritrea|Eritrean;Eritreans|Asmara
EE|Estonia|Estonian;Estonians|Tallinn
ET|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FI|Finland|Finnish;Finns|Helsinki
FR|France|French|Paris
GA|Gabon|Gabonese|
GM|Gambia;The Gambia|Gambian|
GE|Georgia|Georgian;Georgians|Tbilisi
DE|Germany|German;Germans|Berlin
GH|Ghana|Ghanaian;Ghanaians|Accra
GR|Greece|Greek;Greeks|Athens
GL|Greenland|Greenlandic;Greenlanders|Nuuk
GU|Guam|Guamanian|
GT|Guatemala|Guatemalan;Guatemalans|
GN|Guinea|Guinean;Guineans|Conakry
GW|Guinea-Bissau|Bissau-Guinean|
HT|Haiti|Haitian;Haitians|
HN|Honduras|Honduran;Hondurans|
HK|Hong Kong|Hongkonger|
HU|Hungary|Hungarian;Hungarians|Budapest
IS|Iceland|Icelandic;Icelanders|Reykjavik
IN|India|Indian;Indians|New Delhi
ID|Indonesia|Indonesian;Indonesians|Jakarta
IR|Iran;Islamic Republic of Iran|Iranian;Iranians|Tehran
IQ|Iraq|Iraqi;Iraqis|Baghdad
IE|Ireland|Irish|Dublin
IL|Israel|Israeli;Israelis|Tel Aviv
IT|Italy|Italian;Italians|Rome
JM|Jamaica|Jamaican;Jamaicans|
JP|Japan|Japanese|Tokyo
JO|Jordan|Jordanian;Jordanians|Amman
KZ|Kazakhstan|Kazakh;Kazakhstani|Astana
KE|Kenya|Kenyan;Kenyans|Nairobi
KP|North Korea;Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
KR|South Korea;Republic of Korea;ROK|South Korean;South Koreans|Seoul
XK|Kosovo|Kosovar;Kosovars|Pristina
KW|Kuwait|Kuwaiti;Kuwaitis|
KG|Kyrgyzstan|Kyrgyz|Bishkek
LA|Laos|Lao;Laotian|Vientiane
LV|Latvia|Latvian;Latvians|Riga
LB|Lebanon|Lebanese|Beirut
LY|Libya|Libyan;Libyans|Tripoli
LI|Liechtenstein||
LT|Lithuania|Lithuanian;Lithuanians|Vilnius
LU|Luxembourg|Luxembourgish|
MO|Macau;Macao|Macanese|
MG|Madagascar|Malagasy|
MW|Malawi|Malawian|
MY|Malaysia|Malaysian;Malaysians|Kuala Lumpur
MV|Maldives|Maldivian|
ML|Mali|Malian;Malians|Bamako
MT|Malta|Maltese|Valletta
MR|Mauritania|Mauritanian|
MU|Mauritius|Mauritian|
MX|Mexico|Mexican;Mexicans|Mexico City
MD|Moldova|Moldovan;Moldovans|Chisinau;Chișinău
MC|Monaco|Monegasque|
MN|Mongolia|Mongolian;Mongolians|Ulaanbaatar
ME|Montenegro|Montenegrin|Podgorica
MA|Morocco|Moroccan;Moroccans|Rabat
MZ|Mozambique|Mozambican|Maputo
MM|Myanmar;Burma|Burmese|Naypyidaw
NA|Namibia|Namibian|
NP|Nepal|Nepali;Nepalese|Kathmandu
NL|Netherlands;The Netherlands;Holland|Dutch|Amsterdam;The Hague
NZ|New Zealand|New Zealander;New Zealanders|Wellington
NI|Nicaragua|Nicaraguan|Managua
NE|Niger|Nigerien|Niamey
NG|Nigeria|Nigerian;Nigerians|Abuja;Lagos
MK|North Macedonia;Macedonia|Macedonian|Skopje
NO|Norway|Norwegian;Norwegians|Oslo
OM|Oman|Omani|Muscat
PK|Pakistan|Pakistani;Pakistanis|Islamabad
PS|Palestine;Palestinian Territories|Palestinian;Palestinians|Gaza;Ramallah
PA|Panama|Panamanian|
PG|Papua New Guinea|Papua New Guinean|
PY|Paraguay|Paraguayan|
PE|Peru|Peruvian;Peruvians|Lima
PH|Philippines|Philippine;Filipino;Filipinos|Manila
PL|Poland|Polish;Poles|Warsaw
PT|Portugal|Portuguese|Lisbon
PR|Puerto Rico|Puerto Rican;Puerto Ricans|
QA|Qatar|Qatari;Qataris|Doha
RO|Romania|Romanian;Romanians|Bucharest
RU|Russia;Russian Federation|Russian;Russians|Moscow;Kremlin
RW|Rwanda|Rwandan;Rwandans|Kigali
SA|Saudi Arabia;Kingdom of Saudi Arabia;KSA|Saudi;Saudis|Riyadh
SN|Senegal|Senegalese|Dakar
RS|Serbia|Serbian;Serbians;Serb;Serbs|Belgrade
SG|Singapore|Singaporean;Singaporeans|
SK|Slovakia|Slovak;Slovakian;Slovaks|Bratislava
SI|Slovenia|Slovenian;Slovene;Slovenians|Ljubljana
SO|Somalia|Somali;Somalis|Mogadishu
ZA|South Africa|South African;South Africans|Pretoria
SS|South Sudan|South Sudanese|Juba
ES|Spain|Spanish;Spaniards|Madrid
LK|Sri Lanka|Sri Lankan;Sri Lankans|Colombo
SD|Sudan|Sudanese|Khartoum
SE|Sweden|Swedish;Swedes|Stockholm
CH|Switzerland|Swiss|Bern
SY|Syria|Syrian;Syrians|Damascus
TW|Taiwan;Republic of China|Taiwanese|Taipei
TJ|Tajikistan|Tajik;Tajikistani|Dushanbe
TZ|Tanzania|Tanzanian;Tanzanians|Dodoma
TH|Thailand|Thai|Bangkok
TN|Tunisia|Tunisian;Tunisians|Tunis
TR|Türkiye;Turkey|Turkish;Turks|Ankara
TM|Turkmenistan|Turkmen|Ashgabat
UG|Uganda|Ugandan;Ugandans|Kampala
UA|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
AE|United Arab Emirates;UAE|Emirati;Emiratis|Abu Dhabi;Dubai
GB|United Kingdom;UK;U.K.;Great Britain;Britain|British;Briton;Britons|London;Whitehall
US|United States;United States of America;US;U.S.;USA;U.S.A.;America;New Mexico;Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;Ohio;Oklahoma;Oregon;Pennsylvania;Tennessee;Texas;Utah;Vermont;Virginia;Wisconsin;Wyoming;New Hampshire;New Jersey;New York;North Carolina;North Dakota;Rhode Island;South Carolina;South Dakota;West Virginia|American;Americans|
UY|Uruguay|Uruguayan|Montevideo
UZ|Uzbekistan|Uzbek;Uzbekistani|Tashkent
VE|Venezuela|Venezuelan;Venezuelans|Caracas
VN|Vietnam;Viet Nam|Vietnamese|Hanoi
YE|Yemen|Yemeni;Yemenis|Sanaa
ZM|Zambia|Zambian;Zambians|Lusaka
ZW|Zimbabwe|Zimbabwean;Zimbabweans|Harare
`;

export interface Country {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** Short English name, used to name things located there. */
  readonly name: string;
  readonly names: readonly string[];
  readonly adjectives: readonly string[];
  /** Capitals and seats of government that stand for the government ("Beijing denied..."). */
  readonly metonyms: readonly string[];
}

const list = (field: string | undefined): string[] =>
  (field ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export const COUNTRIES: readonly Country[] = ROWS.split('\n')
  .filter((line) => line.includes('|'))
  .map((line) => {
    const [code = '', names, adjectives, metonyms] = line.split('|');
    const nameList = list(names);
    return {
      code,
      name: nameList[0] ?? code,
      names: nameList,
      adjectives: list(adjectives),
      metonyms: list(metonyms),
    };
  });

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

export const countryByCode = (code: string): Country | undefined => BY_CODE.get(code);

/** Words that make a country's name take "the": "the Czech Republic", "the Russian Federation". */
const ARTICLE_WORDS = /\b(?:Republic|Federation|Kingdom|States|Emirates|Islands|Territories)\b/u;
/** Plural names and acronyms that take "the" though no such word shows it. */
const ARTICLE_NAMES = new Set(
  [
    'Netherlands',
    'Philippines',
    'Maldives',
    'Bahamas',
    'Comoros',
    'Gambia',
    'UK',
    'U.K.',
    'US',
    'U.S.',
    'USA',
    'U.S.A.',
    'UAE',
    'PRC',
    'DPRK',
    'ROK',
    'DRC',
  ].map((n) => n.toLowerCase()),
);

/**
 * A country's name as written inside a sentence, with "the" where English puts it, decided by the name
 * used, not the country: "of the United Kingdom", "of the Czech Republic" but "of Czechia", "of Great
 * Britain". A name that already starts with "the", or a list form such as "Iran (Islamic Republic of)",
 * is kept as given.
 */
export function countryInProse(name: string): string {
  if (/^the\s/iu.test(name) || name.includes('(')) return name;
  return ARTICLE_WORDS.test(name) || ARTICLE_NAMES.has(name.toLowerCase()) ? `the ${name}` : name;
}
