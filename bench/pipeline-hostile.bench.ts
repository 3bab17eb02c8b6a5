/**
 * The full pipeline (`analyzeReport` and `analysisToStix`, as `vigil analyze` runs them, with ATT&CK + MISP
 * knowledge and the MISP warning lists) on hostile text: one phrase of each kind the
 * pipeline reads (names, naming phrases, dates, places, links, indicators …) repeated, both as one endless
 * sentence and as many sentences, at 1x and 4x the size. A ratio near 4 is linear; a quadratic step shows
 * as 16. Figures only, never assertions.
 * Run: `VIGIL_DATA_DIR=../shared/data npx tsx bench/pipeline-hostile.bench.ts [--size 8000] [--only demonym]`;
 * `--only` keeps the kinds whose name holds the word, to rerun a high ratio at a larger `--size`.
 */
import { parseArgs } from 'node:util';
import { analysisToStix, analyzeReport } from '@vigil/core';
import { corpusAnalyzeOptions } from './pipeline-options.ts';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '8000' }, only: { type: 'string' } },
});
/** Words (about 20 characters each) of the 1x text. */
const words = Number(values.size);

/** One phrase per thing the pipeline reads; each repeated alone makes one hostile text. */
const PHRASES: Readonly<Record<string, string>> = {
  'country name': 'China ',
  demonym: 'Chinese ',
  sector: 'banks ',
  'government body': 'its foreign ministry ',
  technique: 'spear-phishing emails with malicious links ',
  'technique id': 'T1566.002 ',
  'date with cue': 'since 2022 ',
  'month and year': 'in March 2021 ',
  'estimative phrase': 'with high confidence ',
  attribution: 'attributed to APT31 ',
  'naming phrase': 'a new malware called Zorvex ',
  'alias chain': 'Zorvex aka Quillmoth ',
  'named vulnerability':
    'CVE-2021-44228, known as Log4Shell, and vulnerabilities collectively known as ToolShell exploited ToolShell ',
  'quoted family, coined tool and persona':
    'the "Shai-Hulud" worm ran the legitimate TruffleHog secret scanner and exfiltrated it using AzCopy; a persona calling itself Handala breached the network of Elbit Systems. The persona is a front for APT31 ',
  'flaws named after, based-on families and day ranges':
    "Linen Typhoon and Violet Typhoon, exploiting vulnerabilities. Storm-2603 exploited these vulnerabilities via TINYSHELL-based backdoors. The vulnerabilities, CVE-2025-53770 and CVE-2025-53771, matter. Hackers who crippled Zorvex's online operations created front companies, including Hopana Tech LLC and Tony WKJ LLC, between March 16 and May 16, 2025; North Korean IT workers used WINELOADER, a modular backdoor previously attributed to APT29 ",
  'former names, lures and own campaigns':
    'We named the campaign Operation ForumTroll. The targets were media outlets in Russia, hit with a lure about projects in Madagascar by the Italian company Memento Labs (formerly Hacking Team) and a threat actor we track as TaxOff, a cluster that specializes in vishing, using open-source tools for network reconnaissance, such as FRPC, Co-op and the LiteManager remote administration tool. We attribute the campaign with medium confidence to TaxOff. Approximately 20 organizations have been impacted, in Europe ',
  'list opener': 'groups such as ',
  'Markdown link': '[APT31](https://x.example/z) ',
  heading: '### APT31\n',
  'weather name': 'Volt Typhoon ',
  'state organ': "China's Ministry of State Security ",
  'IPv4 address': '1.2.3.4 ',
  'defanged URL': 'hxxp://evil[.]com/a ',
  CVE: 'CVE-2021-44228 ',
  'designator list': 'APT41 UNC2452 TA505 ',
  'new scheme names': 'TEMP.Veles TG-3390 CL-STA-1087 Threat Group-3390 ',
  operation: 'Operation Ghost ',
  'bare operation word': 'Operation ',
  'forum name': 'the RAMP forum ',
  'denial and target': 'APT28 did not target banks in Poland ',
  'quoted title': '“APT28 Returns to Targeting U.S. Organizations” ',
  anaphor: 'The group used Mimikatz against banks ',
  'state link': 'APT31, linked to the MSS, ',
  'table row': '| APT28 | T1566 | Mimikatz |\n',
  'possessive title': "Think Emotet/TrickBot/Ryuk's ",
  'quoted name': '“Zorvex” ',
  'crew number': 'the 4410 Gang ',
  'Earth name': 'the Earth Lusca group ',
  'conflicting claims':
    'officials said with moderate confidence that APT28 was behind the breach of the ministry ',
  'relative date': 'two years ago ',
  'registry key': 'HKLM\\Software\\Run ',
  'e-mail address': 'a@b.example.com ',
  'actor and its servers': 'APT31 used evil-update.top and 45.77.12.9 and ',
  'company victim': 'the attack on Acme Widgets Corp. ',
  'state-sponsored actor': 'Chinese state-sponsored hackers gained access to ',
  'intrusion referred to': 'the malicious activity ',
  'described company': 'hackers breached casino operator Caesars Entertainment ',
  'bank name': 'the Central Bank of Valletta and Bangladesh Bank ',
  'part of a period': 'between the summer of 2022 and the fall of ',
  'range of months': 'between July and September 2022 from mid-June through ',
  'state body': "Japan's National Police Agency (NPA) and Germany's Federal ",
  institution: "hackers hit King's College Hospital and the University of ",
  'actors after an opening': 'APT31 spied. Since 2022, the actors used ',
  'ransomware doer': 'the attack was carried out by Qilin, a ransomware gang ',
  'named ministry': 'the Estonian Ministry of Economic Affairs and Communications and the ',
  'listed company': 'hackers breached Acme Corp. and Foo Bar, Baz and ',
  'possessed company':
    "hackers used the flaw to breach Acme's parts and distribution business and ",
  "author's systems": 'the attack on our corporate email systems and ',
  'described origin': 'APT28, a Russian state-sponsored cyber espionage group, and ',
  'stolen data': 'leaked data stolen from an Israeli hospital, Ziv Medical Center, and ',
  'numbered targets': 'APT28 attacked dozens of Israeli companies and ',
  "organ's unit": 'Sandworm, a Russian military intelligence cyberwarfare unit, and ',
  'actor named next':
    'A Russia-based hacking group targeted banks. Researchers said the group, which they track as APT28, ',
  'listed providers':
    'hackers breached broadband providers, including Verizon, AT&T and Lumen Technologies and ',
  'victim twice': 'the cyberattack on Colonial Pipeline and the Colonial Pipeline attack and ',
  'own systems':
    'Caesars Entertainment disclosed that the group had stolen data from its loyalty database and ',
  'apposed judgement':
    'attributed the intrusion to APT41, a group it said was likely operating out of China, and ',
  'month alone': 'in August 2022 and in October and ',
  'day and month': 'offline since 28 October, on November 20th and ',
  'ranking apposition':
    'Ascension, one of the largest private health systems in the United States, said that it was hit and ',
  'striking ransomware': 'Black Basta, which emerged in April 2022, has hit hospitals and ',
  'US state body, institute':
    'the Louisiana Office of Motor Vehicles and the Institute for the Study of War and ',
  'lower-case tool': 'exfiltrated the data using rclone and ran nltest and ',
  'described sector': 'Danish shipping and maritime giant Maersk, a US hospital operator, and ',
  'speaking body': 'The Czech Foreign Ministry said that institutions were targeted by APT28 and ',
  'contrasted subjects':
    'APT29 spied on ministries, while APT28 attacked banks in Poland using X-Agent and ',
  'gained access': "the affiliates gained access to Boeing's network and later disclosed that and ",
  'people list': 'the indicted officers Ding Xiaoyang, Zhu Yunmin, and Cheng Qingmin of APT40 and ',
  'people apposition': 'sanctioned Dmitry Khoroshev, a Russian national, and Khoroshev and ',
  'people after a colon':
    "sanctioned six officials of Iran's Ministry of Intelligence (MOIS): Hamid Reza Lashgarian and ",
  'struck once': 'Scattered Spider breached MGM Resorts and Caesars Entertainment and ',
  'sponsoring government': 'APT99 is a group sponsored and operated by the Chinese government and ',
  'front company':
    'the MSS established Wuhan Xiaoruizhi Science and Technology Company, Limited (Wuhan XRZ) as a front company and ',
  'short names':
    'Hewlett Packard Enterprise Co. and HPE and Industrial and Commercial Bank of China (ICBC) and ',
  'tracked unit':
    'Unit 29155 cyber actors target banks. The group, tracked by Microsoft as Cadet Blizzard, and ',
  'told intrusion': 'Ascension Health Inc. said a ransomware attack hit it. The attack and ',
  'named flaws':
    'UNC5221 exploited two zero-day flaws. The flaws, CVE-2023-46805 and CVE-2024-21887, and ',
  'stealer list': 'infostealers such as VIDAR, LUMMA, REDLINE and RACCOON STEALER, and ',
  'victims list': 'UNC5537 stole data. Victims include Ticketmaster, Santander Bank and AT&T, and ',
  'group members':
    'APT99 phished MPs. The UK sanctioned members of the group, Ruslan Peretyatko, an FSB officer, and ',
  'same group': 'Acme Corp. said it had been hit by the same group, and posing as APT28 and ',
  'working for': "a state-sponsored actor working for the People's Republic of China and ",
  'reported hackers':
    'The FBI said that hackers compromised banks. The campaign has been attributed to APT28, and ',
  'quoted body':
    'The German government said that, according to the Interior Ministry, hackers gained access, and ',
  'said next clause':
    'Poland attributed a breach of its foreign ministry to spies and said that APT28 acted, and ',
  'front company actor':
    'Poland blames Russia for a ministry hack and sanctions APT28 front company and ',
  'software utilities': 'ran the BUSYBOX and PySoxy utilities and built-in Windows utilities and ',
  'party committee':
    'a cyber attack on the executive committee of the Social Democratic Party (SPD) and ',
  'declared same sets':
    'Microsoft tracks the group as Salt Typhoon (GhostEmperor); others call it FamousSparrow, and ',
  'executive and company': 'Marks & Spencer chairman Archie Norman said the Acme hackers and ',
  'unit of its owner': 'hackers who attacked its Change Healthcare unit were inside the system of ',
  'listed described sets':
    'two Chinese nation-state actors, Linen Typhoon and Violet Typhoon, and that a group it tracks as ',
  'reported named later':
    'The FBI and the Cyber Agency (CISA) said that hackers affiliated with the PRC hit telecoms. Zorbaco tracks the group as Salt Typhoon. ',
  'victims listed before places':
    'APT28 has targeted NATO member states, banks, Poland, government agencies, Latvia and ',
  'victims worldwide including':
    'LockBit hit victims worldwide, including Royal Mail, the Industrial and Commercial Bank of China (ICBC) and Boeing, and ',
  'people of provincial organs':
    'officers Ding Xiaoyang of the Hubei State Security Department and Wu Shurong of the MSS and ',
  'own systems told':
    'Acme Corp itself disclosed that hackers had gained access to the email accounts of members of its staff and that two of its own systems had been breached, and ',
  'companies listed before one':
    'Officials said AT&T, Verizon and Lumen Technologies were breached, and Caesars Entertainment, another casino operator, said that it was also breached, and ',
  'victims listed before closing':
    'Initech, the Hooli Corporation (HC) and Pied Piper are among the victims; the group behind it is Scattered Spider. It has targeted banks, and ',
  'possessor apposition':
    "hackers hit Kyivstar, Ukraine's largest mobile operator, and Zorbacom, South Korea's biggest bank, tracked by Zorbaco as Slow Pisces, and ",
  'sectors a head lists':
    'victims from sectors, including medical, education, legal, technology, and manufacturing, and industries such as energy and ',
  'police tell of a party hit':
    'The Security and Intelligence Service (PET) had earlier said that the group hit the ruling Social Democratic Party, the British Library and ',
  'company before an apposition tells':
    'MITRE, the US nonprofit that runs research centers, said that hackers had breached one of its networks with backdoors, including Beehivo and ',
  'companies telling of data stolen':
    'The BBC, Initech and the pharmacy chain Boots said staff personal data had been stolen, and ',
  'doers of the one intrusion':
    'Acme Corp said hackers had breached its network. The attackers used X-Agent and CVE-2024-21887. ',
  'places whose victims were hit':
    "Poland's government said that some of its institutions and Czech agencies had been targeted by APT28, the Finnish parliament and the parliament and ",
  'election campaigns of candidates':
    'former President Donald Trump and the campaigns of both Donald Trump and Kamala Harris, the Trump campaign and ',
  'ministries sharing a head':
    "Japan's National Police Agency said the foreign and defence ministries and the foreign and justice ministries and ",
  'people counted before a role':
    'The DOJ charged Yin Kecheng, Zhou Shuai and Wu Haibo, three members of APT27, and ',
  'families attributed to actors':
    'They found X-Agent, which Acme attributes to the Russian group APT28. It attributed the malware to APT28 and ',
  'ministries of listed states':
    'the foreign ministries of Taiwan, India, South Korea, and Indonesia, the national space agency ZAXA and ',
  'words between sectors':
    'financial services, transportation, energy, technology and healthcare, energy and ',
  'lists hit by the same hackers':
    'Initech and Harrods were also targeted by the same hackers, and Globex and Hooli were hit by the same group and ',
  'families an attack is made with':
    'APT28 has been targeting embassies in Moscow with a custom malware called ApolloShadow, PathWiper shares similarities with HermeticWiper, which was used by Sandworm, and ',
  'names people give themselves':
    'two hackers calling themselves Saber and cyb0rg, a loader named LINE VIPER, a bootkit called RayInitiator, the attack on Jaguar Land Rover at Milan’s Malpensa airport and ',
  'bodies acting and services sponsoring':
    "Norway's police security service PST said, UK police arrested four people, Japan police link MirrorFace cyberattacks to China, hackers linked to Russian intelligence services and ",
  'tellers harmed and their accounts':
    'Marks & Spencer said on Wednesday that a cyberattack in April would cut its profit and that its IT infrastructure had been the target of a cyberattack and the attackers gained access to its GitHub account, and investigators found X-Agent on the company’s servers, and ',
  'leak site listings':
    'the Kelvreth gang added Acme Corp. to its data leak site, Qilin listed Initech on its leak site and added ',
  'words opening sector lists':
    'entities in government, energy, logistics and the grain industry, banks banks banks, local government, and ',
  'speakers, tellers and blamed states':
    'hackers stole data from Initech Corp, the FBI said, and Envoy Air, a regional carrier owned by Globex, also said that hackers stole data from its systems, and Initech Corp said it was among the victims, UnitedHealth Group said, Seoul blamed North Korean hackers for the attack, the minister attributed the attack on the water supply to Russia, Laundry Bear, a previously unknown Russian group, the breach of Israeli defense contractor Elbit Systems, the LockBit gang breached Boeing, and ',
  'companies apposed, groups self-named and owners':
    "Kido, a nursery chain, and a group calling itself Radiant, which downloads TruffleHog, a legitimate secret scanning tool, and wipers known as ZEROLOT, Gamaredon's PteroGraphin tool restarting Turla's Kazuar backdoor, access that Turla then used and ",
  'victims suffering, telling past acronyms and names of names':
    'Scattered Spider breached MGM Resorts and Caesars Entertainment, Jaguar Land Rover (JLR), the British carmaker owned by Tata Motors, said the cyberattack on its systems would cost it, shut down its IT systems on 31 August 2025 after detecting a cyberattack, Acme Motors suffered a ransomware attack, fell victim to a hack, is recovering from a cyberattack, detected unauthorized access to its IT systems, Scattered Spider was blamed for the attack on Harrods, North Korea was responsible for the theft, Lazarus stole $1.5 billion from Bybit, the affiliates used AnyDesk and ScreenConnect, Salt Typhoon breached AT&T and Verizon and Zorbexia, and ',
  'sets declared one beside another': 'ShinyHunters, the GRU, also tracked as APT28, ',
  'tools used, names tracked and parties struck':
    "They use GMER, IOBit and PowerTool to disable anti-virus software, the actors use WinSCP to exfiltrate data, a group they named Laundry Bear, which Microsoft tracks as Void Blizzard (formerly Storm-0287), cyber actors affiliated with Iran's Islamic Revolutionary Guard Corps (IRGC), calling themselves CyberAv3ngers, the hackers, who are also tracked as OPERATOR PANDA, RedMike, UNC5807 and GhostEmperor, the wipers, which ESET calls ZEROLOT and Sting, the attack on Change Healthcare disrupted pharmacies, the campaign against its foreign ministry, the cyberattack on the Civic Platform party, government, defense, strategic planning and human rights organizations, think tanks, higher education, and media in Europe, the Kido nursery chain, stole $1.5 billion from the Bybit exchange, The University of Toronto said its systems were breached, Stoli Group USA, install MATCHBOIL, a loader written in C#, dozens of victims, including Envoy Air and Cox Enterprises, the FBI attributed the $1.5 billion theft from Bybit to TraderTraitor, Dutch municipal websites, and ",
  'self-given names, headings and sector lists':
    'a group calling itself Scattered Lapsus$ Hunters, Scattered Lapsus$ Hunters, Unit 26165 of the GRU, also tracked as APT28, Cobalt Strike\nEx-Conti Members Deploy Domino in Recent Campaigns\ngovernment and critical infrastructure websites, manufacturing, legal and healthcare organizations, a ClickFix lure and malvertising and ',
  'country attacks, organs acting and passive victims':
    'France blamed APT28 for cyberattacks against about a dozen French organizations since 2021. Russian GRU unit 26165 actors used tools such as Impacket and Remote Desktop Protocol. The actors also exploited CVE-2023-38831. Victims were located in Poland and Greece. Harrods and Selfridges were also hacked through a third-party contractor. ANSSI also linked the group to an attack on the TV5Monde television network. ',
  'tied asides, family people and dated references':
    'The group, which overlaps with activity tracked as GhostEmperor, FamousSparrow and UNC5807, broke into AT&T, two Chinese nation-state groups, Linen Typhoon and Violet Typhoon, TraderTraitor, a cluster of North Korean cyber actors, the February 21 heist, Medusa developers and affiliates have impacted victims in higher education, media and the financial sector, Heathrow Airport, AJC-QA HAMAD INTERNATIONAL AIRPORT, pay a ransom to decrypt their files, and ',
  'unnamed sites, capitals names and gangs':
    'an April cyberattack on a small water treatment plant in Norway, a shellcode loader called LINE VIPER, the threat actor behind the ArcaneDoor campaign, Qilin, also known as Agenda, has been one of the most active ransomware groups, UNC3886, which Mandiant has described as a China-nexus actor, Lumma, also called LummaC2, sanctioned Integrity Technology Group, actors linked to Russian intelligence, https://example.com/targets-education-sector/, hackers hit US water utility, Its affiliates use Cobalt Strike, the May breach, ',
  'sponsors in second predicates, bracketed families and intrusions using families':
    "Laundry Bear has been active since at least April 2024 and is very likely supported by the Russian government and is funded by it, Ghost (Cring) ransomware, Ghost actors, located in China, the cyberattack on the agency was carried out by Russian services, attributed the attack to a Russia-nexus advanced persistent threat actor, a destructive attack on a critical infrastructure entity in Ukraine that used a new wiper we call PathWiper, the Bureau, which has stolen $6 billion since 2017, the Dubai-based cryptocurrency exchange Bybit, Iran's state-owned Bank Sepah, Since April 2025 the group, Acme said hackers stole some customer data, ",
  'sets tied to sets, passive hits, claims and web-service channels':
    'Researchers link Handala to Void Manticore, an Iranian threat actor that overlaps with UNC1549 and Smoke Sandstorm, TA410 is an umbrella group loosely linked to APT10, the third, tracked as Storm-2603, Kettering Health was hit by Interlock ransomware, The Interlock ransomware gang later claimed responsibility, Google Calendar events for C2, C2 over Dropbox, Rolls-Royce said hackers had accessed its systems, the Delek Group said it was behind the attack, Violet Typhoon spies on think tanks, Linen Typhoon and Violet Typhoon are Chinese nation-state actors, Turla is active, ',
  'software lists, stopped tools, states and tracked actors':
    'the actors use remote access software such as AnyDesk, Atera, ConnectWise and Splashtop, it stops services related to remote desktop tools (e.g., ScreenConnect, LogMeIn and TeamViewer), hackers working for the Chinese state were likely behind it, We attribute this activity with moderate confidence to a threat actor we track as UNC9012, which shares infrastructure and tooling with APT41. Initial access\nThe attackers exploited CVE-2024-3400, The Akira ransomware group listed it, Medusa actors, cryptocurrency exchanges, Flash Alert 2025-14, a water utility in Massachusetts and ',
  'unnamed activities, people named like states and affected lists':
    'We assess with moderate confidence that this intrusion is linked to TA578, Proofpoint attributes the campaigns discussed in this blog to TA505 with high confidence, Mandiant attributes this activity to UNC4857, but their impact is almost certainly broader, said Deputy Attorney General Lisa Monaco, Foreign Minister Israel Katz, Salt Typhoon, which overlaps with activity tracked as GhostEmperor and FamousSparrow, exploited it, AT&T, Verizon and Lumen Technologies have confirmed they were affected, Joint advisory, 8 July 2026, the black suit gang, ',
  'families at work, labelled indicators and named parts':
    "PixyLoader persists through a Run key and injects Lumma Stealer into explorer.exe, Since March 2023, Akira ransomware has impacted businesses in Australia, Malicious file: w.exe, Proton-decrypter.exe, The actors use FileZilla, WinRAR, WinSCP, and RClone to exfiltrate data, three custom components we named TurtleShell, WavyBadger and ZeroPaper, UAT4356 deployed two backdoors as components of this campaign, The police said the attacks are highly likely connected to China's Ministry of State Security, The US State Department was among the affected organizations, We assess with moderate confidence that Storm-0558 is a China-based threat actor, The Norwegian Security and Service Organisation (DSS) said, They also compromised internet-connected cameras at Ukrainian border crossings, Ukraine's CERT-UA, which tracks the group as UAC-0002, said it, in an attempt to remove forensic evidence, ",
  'deadlines, flaws named before, sendings and operations':
    'Agencies must patch by December 1, CISA added CVE-2026-20352 to its catalog. The vulnerability has been exploited by Salt Typhoon, The group sent emails with malicious attachments to defense contractors in Germany, Among the tools the group deployed are LightlessCan and NukeSped, We named it Operation DreamJob 2026, earlier DreamJob samples, Operation DreamJob Network Infrastructure, created local administrator accounts, UNC3944 is a loosely organized group of English-speaking young adults based in the United States, AhnLab Security Intelligence Center (ASEC) — 2026.03.05, the Korean Ministry of Unification and the National Tax Service, Targets included researchers on North Korea, ',
  'sources, descents, ties and victims told apart':
    'according to the German interior ministry, the group APT28, which is steered by the military intelligence service of Russia, hackers linked to the Chinese state, Based on our investigation, targets were in the United Kingdom, to break into organizations in the semiconductor, manufacturing and aerospace sectors, BlackSuit, a rebrand of the Royal ransomware operation which itself emerged from the Conti syndicate, the Kansas City Board of Public Utilities (BPU), by exploiting known or zero-day vulnerabilities in public-facing network appliances, UAC-0133, a subcluster of Sandworm, the QUEUESEED and BIASBOOT backdoors, the campaign is being conducted by APT28, For initial access, the actors used, the Dutch police are investigating, the National Cyber Security Centre (NCSC) of the Netherlands, a coordinated action, codenamed Operation Endgame, a Unitronics PLC, programmable logic controllers (PLCs), emails to officials at South Korean government ministries, overlaps between UNC6040 and a group publicly tracked as ShinyHunters, Targeted organizations were mostly branches of firms in the retail sector, ',
  'sites, asides, agents and disputes':
    "The Maasland Hospital in Rotterdam said it had been hit, compromised a PLC at a U.S. water facility, to target Israeli-made operational technology, summoned the Russian ambassador after attributing a cyberattack on the country's air traffic control authority, its institutions had also been targeted by the same group, Salt Typhoon, which overlaps with activity tracked as GhostEmperor and FamousSparrow, is believed to be operated by the MSS, Affiliates have used Lumma to target manufacturing companies, Emotet has been used to target banks, in the United States and its territories, including Guam, The Board of Public Utilities in Kansas City said, Mandiant said the intrusion was the work of Sandworm, Another firm attributed the breach to APT29, The attackers used stolen credentials, ",
  'nationalities, openings, appositions and lists':
    'Earlier, in 2024, the group targeted banks, private companies and state enterprises in Ukraine, November 20, 2026 | Microsoft Threat Intelligence, Storm-2077 overlaps with TAG-100, nongovernmental organization (NGO) sectors, claims attack on city of Columbus, Ohio, the Port of Seattle, Lazarus is responsible for the Sony Pictures Entertainment breach, The targeted companies are located in Poland; one of them makes drones deployed in Ukraine, Iranian cyber actors have used password spraying to compromise accounts, Iranian cyber actors\' use of brute force, North Korean IT workers have used stolen identities, brokers for ransomware affiliates such as ALPHV and NoEscape, The campaign has affected organizations in the healthcare, information technology and other critical infrastructure sectors, TA569, the actor behind the SocGholish framework, The group was also blamed for the 2023 attacks on MGM Resorts and Caesars Entertainment, cyberattacks on retailers Marks & Spencer, the Co-op and Harrods, an operation against NoName057(16) that led to arrests in France, Victimology includes entities in the energy sector, its TTPs overlap with those of several known APT groups, including Volt Typhoon, Flax Typhoon and Dalbit, Kerberoasting and DCSync, Void Manticore launches wiper attacks under the Handala persona, Since the start of October 2026, the group claimed the attacks through the online persona "Handala", The Qilin gang listed Apex on its leak site, is believed to have stolen 20 million card records from US businesses, ',
  'contractors, culprits and denials':
    'OFAC is sanctioning Integrity Technology Group, Incorporated (Integrity Tech), a Beijing-based cybersecurity company, for its role in multiple computer intrusion incidents, Sichuan Juxinhe Network Technology, a cybersecurity company that officials said was directly involved in the Salt Typhoon intrusions, on behalf of the Ministry of Public Security, a custom web shell, Karma Shell, In April 2025, the group compromised Marks & Spencer, breaching Hawaiian Airlines and WestJet, the BRUSHFIRE passive backdoor, exploited zero-days in Ivanti edge devices, OAuth 2.0 tokens, a login prompt that mimics the sign-in window, hit DaVita, a kidney dialysis company, and the city of Wichita, Kansas, which emerged in September 2024, no attribution has been made, did not say which group was behind the attack, No passwords or private keys were exposed, people familiar with the matter later said it was Silk Typhoon, breaching a third-party cybersecurity service provider, BeyondTrust, the Northern District of Georgia, Jaguar Land Rover extends production shutdown after cyberattack, The same group earlier claimed attacks on Marks & Spencer and Harrods, which has links to the Scattered Spider and Lapsus$ hacking groups, ',
  // Read without the report's author: "our systems" are then the writer's the sentence names.
  'writers, personas and other names':
    'The Contoso security team detected a nation-state attack on our corporate systems, Hackers have breached our corporate systems, Between December 2024 and January 2025, the group sent emails to executive authorities, Handala, a hacktivist persona that we assess with moderate confidence is operated by Void Manticore, a group it calls "TraderTraitor", also known as Lazarus Group or APT38, which works for North Korea\'s Reconnaissance General Bureau, 17.07.2025, an outage in October 2022, On October 10, the hackers gained access on February 12 through a portal, disclosed the cyberattack on its Change Healthcare unit on February 21, ROOTSAW (a.k.a. EnvyScout), invite[.]pdf[.]zip, the state news agency, valid administrator credentials, build 1.10.07.2025, ',
  'impacts, runners and asides':
    "The cyber attack that has crippled Marks & Spencer's online shop, as early as February, as far back as 3 March, Senator Mark Warner, chairman of the Senate Intelligence Committee, Researchers say the group, China's Ministry of State Security runs the group, is behind APT31, a Chinese group that has stolen documents since 2010, sent phishing emails to German political parties, the gang, known as Qilin, was responsible, The attack, which began on 3 June, has forced Acme Corp. to shut down, targeted executive authorities of Ukraine, Interlock ransomware, first observed in September 2024, has targeted hospitals, Lumma has also been used to target schools. The agencies said actors affiliated with the Russian government compromised banks, ", // Weekdays are read only with a publication day: every kind is read with one.
  'weekdays, trackers and fronts':
    'detected unusual activity on Wednesday, will reopen on Monday, Microsoft tracks North Korean IT remote worker activity as Jasper Sleet, Storm-0287, and Moonstone Sleet, Industry tracks this group as Cadet Blizzard, Unit 29155 cyber actors use WhisperGate, Iranian MOIS-Affiliated Actor Targets Israeli Municipalities, The FBI and CISA revealed a campaign by actors affiliated with China, Salt Typhoon breached AT&T, attributed the campaign to Salt Typhoon, With a moderate level of confidence, since early December, believes with medium confidence that it is a Chinese nation-state-level actor, In September 2024, Laundry Bear gained access to the Dutch police, Ascension, one of the largest health systems in the United States, the Akira encryptor, LUMMA, wmiexec, ',
  'products, kits and listed months':
    'The FBI refers to this specific DPRK malicious cyber activity as "TraderTraitor", injected malicious JavaScript into the web interface, encrypts files with AES-256, Telegram and Telegraph for command and control, legitimate tools Advanced IP Scanner and SoftPerfect Network Scanner, remote access software such as AnyDesk, Atera, eHorus, N-able, PDQ Deploy, SimpleHelp, and Splashtop, Syncro RMM, two new tools, PteroDespair and PteroTickle, its known toolset, including PteroPaste and PteroLNK, Observed in January, March, and April 2025, continued targeting individuals connected to Ukraine, financial, and health-related sectors, two actors, Linen Typhoon and Violet Typhoon, exploiting these vulnerabilities, credential phishing, ',
  'thefts, tracked activity and harms':
    'the DPRK was responsible for the theft of approximately $1.5 billion USD in virtual assets from cryptocurrency exchange, Bybit, Elliptic attributed the theft to the Lazarus Group, a North Korean state-sponsored hacking group, with high confidence. CERT-UA investigated cyberattacks against defense enterprises of Ukraine. The activity is tracked as UAC-0099. UAC-0099 is a group whose activity overlaps with that of UAC-0006, exfiltration of data to the C2 server, sends the stolen data to its C&C, organizations related to government, defense, strategic planning, sectors including satellite, communications equipment, oil and gas, the cyberattack on Zorvex Labs. The attack forced Velk General Hospital to cancel operations. A group of Russian cyber criminals known as Qilin began in or around March 2024, a file with a double extension, zero-day exploitation of edge devices, cleared the kernel message log, ',
  'named lists, company nouns and floods':
    'The activity overlaps with the threat actor industry reporting tracks as Salt Typhoon, OPERATOR PANDA, RedMike, UNC5807 and GhostEmperor, Scattered Spider has used the same approach against MGM Resorts and Caesars Entertainment, Marks & Spencer, the British retailer, Zorvex Logistics Ltd. The retailer said telecommunications, government, lodging and military infrastructure networks were hit, NoName057(16) took down the websites of Czech banks, Acme Corp. detected unauthorized activity on a number of its servers, collected packet captures of authentication traffic, ',
};
/** Kinds read with no author given. */
const WITHOUT_AUTHOR: ReadonlySet<string> = new Set(['writers, personas and other names']);

// With the report's author known, so that "our systems" are read too.
const PUBLISHED = '2025-05-28T00:00:00Z';
const withoutAuthor = { ...corpusAnalyzeOptions(), published: PUBLISHED };
const options = { ...withoutAuthor, author: 'Contoso' };
const time = (text: string, author: boolean): number => {
  const started = performance.now();
  const analysis = analyzeReport(text, author ? options : withoutAuthor);
  analysisToStix(analysis, { ingested: '2026-11-30T00:00:00.000Z' });
  return performance.now() - started;
};
/** Least of two runs: one slow run on a shared machine is not super-linearity. */
const least = (text: string, author: boolean): number =>
  Math.min(time(text, author), time(text, author));

console.log(
  `Full pipeline on hostile text: each phrase repeated to about ${((words * 20) / 1e6).toFixed(2)} MB (1x) and 4x, as one sentence and as sentences; ratio 4 = linear, 16 = quadratic`,
);
let worst = 0;
let failed = 0;
for (const [name, phrase] of Object.entries(PHRASES)) {
  if (values.only && !name.includes(values.only)) continue;
  for (const separator of ['', '. ']) {
    const unit = phrase + separator;
    const text = (n: number): string => `Title\n${unit.repeat(Math.ceil((n * 20) / unit.length))}`;
    const label = `${name}${separator ? ', as sentences' : ', one sentence'}`;
    try {
      const author = !WITHOUT_AUTHOR.has(name);
      const small = least(text(words), author);
      const large = least(text(words * 4), author);
      const ratio = large / Math.max(small, 1);
      worst = Math.max(worst, ratio);
      console.log(
        `  ${label.padEnd(40)} 1x ${small.toFixed(0).padStart(5)} ms  4x ${large.toFixed(0).padStart(6)} ms  ratio ${ratio.toFixed(1)}`,
      );
    } catch (error) {
      // A crash on hostile text is the worst finding: said, and the other kinds still measured.
      failed++;
      console.log(`  ${label.padEnd(40)} FAILED: ${String(error).split('\n')[0]}`);
    }
  }
}
console.log(`  highest ratio ${worst.toFixed(1)} (4 = linear); ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
