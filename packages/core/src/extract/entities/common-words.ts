/**
 * Ordinary English words (written for Vigil: frequent function and content words, plus words of security
 * prose that knowledge sources also use as actor, malware or tool names: "Silence", "Page", "Net",
 * "Payload"). A name that is one of these only counts with supporting context (recognize-alias.ts);
 * "will" is never an actor (OpenCTI connectors#4459).
 */
const WORDS = `
a about above across act action active actor after again against age agent ago air all almost alone
along already also always am among an and another answer any anyone anything apollo apple april are area
around art as ask assembly at atom attack august aurora author autumn aware away back bad badge ball bank base be
beacon bear bee been before began begin behind being believe below best better between big bird black
blank blind blue board boat body bold book born both box boy brain bread break bright bring brother brown
build built burn business busy but buy by calendar call came can cannot capital car card care carry case
cat catch cause center central certain chain chance change charge check child choice circle city class
clean cleanup clear close cloud coal cobalt code cold color come common company complete connect control
copper cool core corn correct cost could country course cover crash create crisis cross cry current cut
dark data day dead deal dear death december decide deep deer delta demo deputy desktop develop did
diamond die different direct do doctor does dog done door double down draw dream drive drop dry dummy
during each early earth east easy eat edge effect egg eight either electric else empire end enemy energy
engine enough enter entropy equal equation even evening event ever every evolution exact example expand
eye face fact fair fake fall family famous far farm fast father fear february feel few field fifth fight
figure file fill final find fine fire first fish five flash flat flood floor flow flower fly follow food
foot for force forest form forward found four free fresh friday friend from front full fun future game
garden gate gave general get ghost gift girl give glass global globe go god gold good got government
grass gray great green ground group grow guard guess guide gun had hair half hand happen happy hard has
hat have haze he head hear heard heart heat heavy held help her here hero hidden high hill him his hit
hive hold hole home hook hope horse hot hour house how hunt hunter hydra i ice idea if in inception inch
include inside instead into iron is island it its january job join judge july jump june just keep key
kind king kitten know lab labs lady lake land large last late later laugh law lay lead leader learn least
leave leg less let letter level lie life lift light like line list listen little live local lock locked
long look lost lot love low luck lucky machete machine made magic main major make man many map march mark
market mask master matrix may me mean measure meet member men mercury metal middle might mile milk mind
mine minute miss modern moment monday money month moon more morning most mother move much music must my
name nation natural near need net network never new news next nexus nice night nine no noon nor north
not note nothing notice november now number object october of off offer office often oil old on once one
only open or order other our out over own page paint pair paper part party pass past path pay payload
payment peace people perfect perhaps person phone photo pick picture piece place plain plan plant platinum
play please point pole poor port position possible post pound power press pretty print problem produce
product protected public pull push put queen question quick quiet race radio rain raise ran rapid reach
read ready real reason record red region remember report rest result return revolution rich ride right
ring rise risen river road rock room root rose round route rule run safe said sage sail salsa salt same
sand saturday save saw say school science sea season seat second see seed seem self sell send sense
september serve service set seven shadow shape share sharp she shell sheriff ship shop short should show side
sign silence silent silver simple since sing single sister sit six size sky sleep slow small smart smoke snow so
soft soil soldier soldiers some son song soon sound south space speak special speed spell spider spring square stand star
start state station stay steel step still stone stop store storm story street strike strong student
study such sugar summer sun sunday sure surprise survey swift system table tail take talk tall teach
team tell template ten test than that the their them then there these they thing think third this those
though thought three through thursday tie time tiny to today together told too took top total touch
toward town track trade train travel tree trojan true try tuesday turn twenty two under unit unknown
until up upon us use usual valley value very view visit voice void wait waiting walk wall want war warm
was watch water wave way we wear weather wednesday week weight well went were west what wheel when where
which while white who whole why wide wild wildcard will win wind window winter wiper wish with within without
woman wonder wood word work world would write wrong yard year yellow yes yet you young your zero zinc
exodus jupiter leverage mimic poison predator radar ransomed toxic coronavirus covid epic mini
spectre agenda assembly brick chaos district eternal extractor hunters locker lockout nightmare pyramid
resident sanctions scout shark stupid titan zipper advanced latest offline quarterly proxy spread spy
persistence development multilanguage autorun killswitch
`;

/**
 * Products, platforms, protocols, file kinds, algorithms and companies that knowledge sources also list
 * as actor, tool or malware names ("FTP", "Telegram", "Orion", "Rijndael", "UPS" for APT3, "LEXUS" for
 * TA499): as words in a report they mean the product or the company.
 */
const PRODUCTS = `
android autoit christmas encrypt explorer cyclone typhoon hurricane tornado blizzard sandstorm tempest hail sleet chrome chromium discord dropbox excel facebook firefox ftp github google http https java
javascript linux miner orion outlook php python rdp skype slack smb smtp ssh teams telegram tor twitter
vpn whatsapp windows wordpress zoom dns ldap sql api dll exe pdf html xml json url
alibaba appdata csp ipa kixtart rebol grep systemd zlib spark mcafee dde meltdown crypter 0day
defender cylance norton django kali ruby rijndael vhd gif89a crm mvp ups lexus wildfire letsencrypt alyac
networkminer classloader
`;

/**
 * Numerals, determiners and a nationality adjective that knowledge sources list as malware names ("One",
 * "First", "Final", "Korean"): in a report, "Final Payload", "One of the most common malware families" or
 * "the Korean-speaking actor" is never that family.
 */
const DETERMINERS = 'one first final unknown korean';

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean);

export const COMMON_WORDS: ReadonlySet<string> = new Set(words(`${WORDS} ${PRODUCTS}`));

/**
 * Words that are never a name on their own: products ("Android malware" is malware for Android, never
 * malware named Android) and the determiners above.
 */
export const NEVER_NAMES_ALONE: ReadonlySet<string> = new Set(words(`${PRODUCTS} ${DETERMINERS}`));

export const isCommonWord = (norm: string): boolean => COMMON_WORDS.has(norm);

/** The articles, which open a noun phrase: "the", "a", "an". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** The articles that open a definition or an apposition saying what a name is: "a", "an". */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
