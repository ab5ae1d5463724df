/**
 * Records found in the third search (issue 16), a sweep over every NI whose title had no public
 * source, in order NI 1 to NI 199, two or three look-ups each in stored copies of public pages.
 * Same shape and rules as scripts/catalogue-evidence.ts, which appends these to EVIDENCE: a quote is
 * the record's own words (" ... " joins passages; line breaks are spaces), a record names only the
 * fields it speaks to, and polarity is taken only where the record states a direction.
 *
 * Several of these are a department's own page or paper on its indicator rather than a statistical
 * release (Defra's NI 188 guidance, DECC's NI 185/186 page, a DCSF analyst's paper on the Tellus
 * indicators, the School Food Trust's NI 52 paper): filed as `statistical-release`, the nearest kind,
 * and the note says what each is. Copies on document-sharing sites are named as copies.
 */
import type { Evidence } from './catalogue-evidence';

const TELLUS3_RELEASE =
  'http://webarchive.nationalarchives.gov.uk/20130401151655/http:/www.education.gov.uk/researchandstatistics/statistics/allstatistics/a00195946/dcsf-local-authority-measures-for-national-indicat';
const TELLUS3_QUOTE =
  'Five National Indicators (NIs) are derived from data produced by the Tellus3 Survey. Statistics produced from the data are used to measure the following performance indicators: NI 50: Emotional Health and well being NI 69: Percentage of children who have experienced bullying NI 110: More participation in positive activities NI 115: Reduce the proportion of young people frequently using illicit drugs, alcohol or volatile substances NI 199: Satisfaction with parks and play areas';
const TELLUS3_NOTE =
  "DCSF's statistical release of the local authority measures for the five Tellus indicators; it names each by its PSA wording, not the set's title";

const TELLUS_PAPER = 'http://slideplayer.com/slide/8557392/';
const TELLUS_PAPER_QUOTE =
  'Using Tellus data for National and Local Indicators John Doherty: Young People Analysis, DCSF DCSF Conference: The Use of Evidence in Policy Development and Delivery, 9 February 2010 ... Five National Indicators use Tellus data NI50 – Emotional health of children NI69 – Children who have experienced bullying NI110 – Young People’s participation in positive activities NI115 – substance misuse by Young People NI199 – children and Young People’s satisfaction with parks and play areas';
const TELLUS_PAPER_NOTE =
  "a DCSF analyst's conference paper on the Tellus indicators, as reproduced on slideplayer (not a statistical release: the nearest kind); it gives the set's titles";

const DCMS_BASELINES = 'http://certificates.theodi.org/en/datasets/22921';
const DCMS_BASELINES_QUOTE =
  'Use of public libraries, Visits to museums and galleries and Engagement in the arts. This workbook contains baselines for NI9, 10 and 11 for all upper-tier local authorities. Percentage is weighted. ... Libaries (used for NI9) measures the percentage of adults in a LA who have used a public library service in the past 12 months. ... Museums and Galleries (used for NI10) measures the percentage of adults in a LA who have visited a museum or gallery in';

const DECC_CO2 =
  'http://www.decc.gov.uk/en/content/cms/what_we_do/lc_uk/loc_reg_dev/ni185_186/ni185_186.aspx';
const DECC_NOTE = "DECC's own page on its two indicators (not a statistical release: the nearest kind)";

export const SWEEP_EVIDENCE: Evidence[] = [
  {
    code: 'NI 7',
    kind: 'dataset-record',
    url: 'https://b2find.eudat.eu/dataset/1254078b-37a0-5491-a9aa-22d1d46a9987',
    quote:
      "The National Survey of Third Sector Organisations, 2008 (NSTSO) measured the views of third sector organisations (TSOs) across 149 top tier local authority areas. The survey had two aims: to measure a baseline and progress against a key national indicator in the local government performance framework (NI7: An Environment for a Thriving Third Sector) ... The NI7 score for an area is comprised by the percentage of respondents selecting 'Very positive influence' or 'positive influence' from a five point scale.",
    facts: {
      title: undefined, // the record puts "An" before the set's words
      unit: 'percent',
      dataSource: 'National Survey of Third Sector Organisations (NSTSO)',
    },
    note: "the UK Data Service's record of the survey study (via the EUDAT B2FIND catalogue); it states no direction",
  },
  {
    code: 'NI 8',
    kind: 'statistical-release',
    url: 'http://www.docstoc.com/docs/20064882/Sport-Englands-new-directions-a',
    quote:
      'DCMS technical note on sport and active recreation for National Indicator 8 – adult participation in sport and active recreation March 2008 ... NI8 will be measured by Sport England’s Active People Survey.',
    facts: { title: undefined, dataSource: "Sport England's Active People Survey" },
    note: "DCMS's technical note on the indicator, as reproduced on docstoc (not a statistical release: the nearest kind); it gives no unit or direction",
  },
  {
    code: 'NI 9',
    kind: 'dataset-record',
    url: DCMS_BASELINES,
    quote: DCMS_BASELINES_QUOTE,
    facts: {
      title: undefined,
      unit: 'percent',
      dataSource: 'Department for Culture, Media and Sport (DCMS)',
    },
    note: "the ODI certificate copy of DCMS's dataset of baselines for NI 9, 10 and 11",
  },
  {
    code: 'NI 10',
    kind: 'dataset-record',
    url: DCMS_BASELINES,
    quote: DCMS_BASELINES_QUOTE,
    facts: { title: undefined, unit: 'percent' },
    note: "the ODI certificate copy of DCMS's dataset of baselines for NI 9, 10 and 11",
  },
  {
    code: 'NI 10',
    kind: 'dataset-record',
    url: 'http://certificates.theodi.org/en/datasets/8302',
    quote:
      'Museums and galleries have a range of local impacts ... this measure will focus on engagement by the adult population (aged 16 plus) who say they have attended a museum or art gallery in the local area at least once in the preceding 12 months. Source: Department for Culture Media and Sport (DCMS) Publisher: DCLG Floor Targets Interactive ... Guidelines: Good performance is typified by an increase in the year on year percentage.',
    facts: {
      polarity: 'higher',
      dataSource: 'Department for Culture, Media and Sport (DCMS)',
      goodPerformance: 'Good performance is typified by an increase in the year on year percentage.',
    },
    note: "the ODI certificate copy of the DCLG Floor Targets Interactive record; the copy as stored starts after its title, and its description is NI 10's measure (adults visiting a museum or gallery)",
  },
  {
    code: 'NI 11',
    kind: 'dataset-record',
    url: DCMS_BASELINES,
    quote: DCMS_BASELINES_QUOTE,
    facts: { unit: 'percent' },
    note: 'the record names NI 11 only in "NI9, 10 and 11", so it is the source of the unit, not of the title',
  },
  {
    code: 'NI 14',
    kind: 'lg-inform',
    url: 'http://esd.org.uk/esdtoolkit/Communities/NI14/ContentView.aspx?ContentType=Content-351',
    quote:
      'National Indicator 14 menu NI14 - reducing avoidable contact ... The deadline for data submission will be 30th April 2010 CLG has decided that the single aggregated percentage should be submitted to the Hub any time during April 2010 in line with other NIs.',
    facts: { title: undefined, unit: 'percent' },
    note: "esd-toolkit's community page for the indicator (the forerunner of LG Inform); its heading gives the first words of the set's title, which the catalogue keeps in full",
  },
  {
    code: 'NI 18',
    kind: 'statistical-release',
    url: 'http://webarchive.nationalarchives.gov.uk/20110208165210/http:/www.justice.gov.uk/publications/local-adult-reoffending.htm',
    quote:
      'Local adult reoffending Latest statistics on the reoffending of adults on the probation caseload. The quarterly release presents statistics on the reoffending of adults under supervision of the Probation Service in England and Wales. ... The release also measures progress on local targets to reduce reoffending: National Indicator 18 – adult reoffending rates for those under probation supervision.',
    facts: {
      title: undefined, // the release writes "reoffending" unhyphenated
      polarity: 'lower', // "targets to reduce reoffending"
      dataSource: 'Ministry of Justice local adult reoffending statistics (probation caseload)',
    },
    note: 'the Ministry of Justice\'s quarterly release on local adult reoffending; the direction is the release\'s own ("targets to reduce reoffending")',
  },
  {
    code: 'NI 50',
    kind: 'dataset-record',
    url: 'http://www.infochimps.com/datasets/ni-050-emotional-health-of-children',
    quote:
      'NI 050 Emotional health of children Percentage of children whose emotional health is good and will be based on responses to individual questions, drawn from the TellUs Survey. Source: TellUs3 Survey: DCSF ... Guidelines: Good performance typified by a high and increasing proportion of children and young people in a local area giving responses which indicate good emotional wellbeing.',
    facts: {
      title: undefined,
      unit: 'percent',
      polarity: 'higher',
      dataSource: 'TellUs survey (DCSF)',
      goodPerformance:
        'Good performance typified by a high and increasing proportion of children and young people in a local area giving responses which indicate good emotional wellbeing.',
    },
  },
  {
    code: 'NI 51',
    kind: 'statistical-release',
    url: 'http://webarchive.nationalarchives.gov.uk/20130401151655/http:/www.education.gov.uk/researchandstatistics/statistics/allstatistics/a00196121/dcsf-effectiveness-of-child-and-adolescent-mental-',
    quote:
      'The National Indicator "Effectiveness of CAMHS" is a measure of key aspects of service provision that should be in place locally to effectively meet the needs of children and young people with mental health problems. It is a key measure within PSA 12 Child Health and Wellbeing and forms part of the National Indicator Set for local authorities (NI51) ... This is first statistical release giving the baseline for the NI 51 indicator, for services as at 31 December 2008. The indicator measures Local Authorities\' self-assessment across the country against four questions, each with a 1-4 rating. This generates a total possible score of 16.',
    facts: {
      title: undefined, // the release shortens it to "Effectiveness of CAMHS"
      unit: 'score',
      dataSource: 'CAMHS Mapping (local authority self-assessment)',
      collection: 'services as at 31 December',
    },
    note: "a score out of 16 (four questions rated 1-4); the release states no direction, so the polarity stays the plan's",
  },
  {
    code: 'NI 52',
    kind: 'statistical-release',
    url: 'https://paperzz.com/doc/8712318/ni-52-%E2%80%93-take-up-of-school-lunches-technical-paper',
    quote:
      'NI 52 – take up of school lunches Technical paper Jo Nicholas, Lesley Wood, Ellen Lever, Carl Morgan, Neil Porter and Michael Nelson December 2008 School Food Trust Local Authority Caterers Association',
    facts: { title: undefined },
    note: "the School Food Trust's technical paper on the indicator, as reproduced on paperzz (not a statistical release: the nearest kind)",
  },
  {
    code: 'NI 52',
    kind: 'dataset-record',
    url: 'https://open-data-certificates.herokuapp.com/en/datasets/7512',
    quote:
      'Percentage of pupils on the school roll who eat a lunch at school that is provided by the school or local authority (including those in receipt of a free school meal). Source: Department for Children Schools and Families (DCSF) Publisher: DCLG Floor Targets Interactive ... Guidelines: Good performance would be above those levels referred to in the template.',
    facts: {
      unit: 'percent',
      polarity: 'higher', // "above those levels"
      dataSource: 'Department for Children, Schools and Families (DCSF)',
      goodPerformance: 'Good performance would be above those levels referred to in the template.',
    },
    note: "the ODI certificate copy of the DCLG Floor Targets Interactive record; the copy as stored starts after its title, and its description is NI 52's measure",
  },
  {
    code: 'NI 69',
    kind: 'statistical-release',
    url: TELLUS_PAPER,
    quote: TELLUS_PAPER_QUOTE,
    facts: { title: undefined },
    note: TELLUS_PAPER_NOTE,
  },
  {
    code: 'NI 69',
    kind: 'statistical-release',
    url: TELLUS3_RELEASE,
    quote: TELLUS3_QUOTE,
    facts: { unit: 'percent', dataSource: 'TellUs survey (DCSF)' },
    note: `${TELLUS3_NOTE}; it states no direction for NI 69`,
  },
  {
    code: 'NI 110',
    kind: 'statistical-release',
    url: TELLUS_PAPER,
    quote: `${TELLUS_PAPER_QUOTE} ... The positive activities calculation is simply: (x/y)*100 Where: x = number of young people (Tellus weighted data) in school year 10 answering “yes” to the first question`,
    facts: { title: undefined, unit: 'percent' },
    note: TELLUS_PAPER_NOTE,
  },
  {
    code: 'NI 110',
    kind: 'statistical-release',
    url: TELLUS3_RELEASE,
    quote: TELLUS3_QUOTE,
    facts: { polarity: 'higher', dataSource: 'TellUs survey (DCSF)' }, // "More participation"
    note: `${TELLUS3_NOTE}; the direction is its own ("More participation in positive activities")`,
  },
  {
    code: 'NI 115',
    kind: 'statistical-release',
    url: TELLUS_PAPER,
    quote: TELLUS_PAPER_QUOTE,
    facts: { title: undefined },
    note: TELLUS_PAPER_NOTE,
  },
  {
    code: 'NI 115',
    kind: 'statistical-release',
    url: TELLUS3_RELEASE,
    quote: TELLUS3_QUOTE,
    facts: { unit: 'percent', polarity: 'lower', dataSource: 'TellUs survey (DCSF)' }, // "Reduce the proportion"
    note: `${TELLUS3_NOTE}; the unit and direction are its own ("Reduce the proportion of young people ...")`,
  },
  {
    code: 'NI 185',
    kind: 'statistical-release',
    url: DECC_CO2,
    quote:
      'National Indicators 185 and 186 ... National Indicator NI 185: CO2 reduction from local authority operations Most local authorities have supplied us with data for their own emissions (NI 185) for 2008/9.',
    facts: { title: undefined, dataSource: "local authorities' returns of their own emissions to DECC" },
    note: DECC_NOTE,
  },
  {
    code: 'NI 186',
    kind: 'statistical-release',
    url: DECC_CO2,
    quote:
      'Data for carbon dioxide emissions from local authority areas for 2007 are now available. This data has been drawn from new National Statistics which were also published today that have been adjusted for the purposes of NI 186 to exclude emissions sources over which local authorities have no influence (e.g. motorways and some EU ETS installations). ... National Indicator NI 186: per capita reduction in CO2 emissions in the LA area',
    facts: {
      title: undefined,
      dataSource: 'DECC local authority CO2 emissions National Statistics, adjusted for NI 186',
    },
    note: DECC_NOTE,
  },
  {
    code: 'NI 187',
    kind: 'dataset-record',
    url: 'http://search.energydata.org.uk/dataset/ni-187a-tackling-fuel-poverty-people-receiving-benefits-living-in-homes-with-low-energy-efficie',
    quote:
      'NI 187a - Tackling fuel poverty - percentage of people receiving income based benefits living in homes with a low energy efficiency rating Fuel poverty is the requirement to spend 10% or more of household income to maintain an adequate level or warmth. The energy efficiency of a house can be measured using the Standard Assessment Procedure (SAP).',
    facts: { title: undefined, unit: 'percent' },
    note: 'a CKAN copy of the data.gov.uk record of NI 187a (imported from CLG\'s November 2010 list); the record writes "percentage of" where the catalogue has "%"; it states no direction',
  },
  {
    code: 'NI 188',
    kind: 'statistical-release',
    url: 'https://docsbay.net/guide-to-measuring-and-submitting-performance-data-for',
    quote:
      'The data for National Indicator 188 (NI188) Planning to Adapt to Climate Change is provided through self assessment by the local authority ... NI188 Level i.e. Number 0-4',
    facts: {
      title: undefined,
      unit: 'score',
      dataSource: 'local authority and LSP self-assessment (Defra NI 188 matrix)',
    },
    note: "Defra's self-assessment guidance and matrix for the indicator (March 2010), as reproduced on docsbay (not a statistical release: the nearest kind); a level from 0 to 4",
  },
  {
    code: 'NI 199',
    kind: 'statistical-release',
    url: TELLUS_PAPER,
    quote: TELLUS_PAPER_QUOTE,
    facts: { title: undefined },
    note: TELLUS_PAPER_NOTE,
  },
];

const BERR_171_172 =
  'http://webarchive.nationalarchives.gov.uk/+/http:/stats.berr.gov.uk/ed/national_indicators/index.htm';
const BERR_QUOTE =
  'Data for National Indicators 171 and 172 The data for National Indicators 171 and 172 are produced by the Office for National Statistics. ... 171 - New business registration rate ... 172 - Percentage of small businesses in an area showing employment growth';
const BERR_NOTE =
  "BERR's page of the data for its two indicators (not a statistical release: the nearest kind)";

/** Found in the second half of the sweep. */
export const SWEEP_EVIDENCE_2: Evidence[] = [
  {
    code: 'NI 48',
    kind: 'lg-inform',
    url: 'http://id.esd.org.uk/metricType/125',
    quote:
      'Percentage reduction of children aged 0-15 killed or seriously injured in road traffic accidents (125) Metric type Help text This is the percentage change in the number of children (aged under 16) killed or seriously injured (KSI) in road traffic accidents. Based on a 3-year (calendar) rolling average, up to the current year. A positive figure indicates improved performance (i.e. a reduction in the number of casualties compared with the previous 3-year rolling period). ... This indicator was previously reported as NI 048.',
    facts: { title: undefined },
    note: 'LG Inform reports the former NI 48 as a percentage reduction of the 3-year rolling average, where a positive figure is better. The catalogue keeps a count, lower is better, as plans type the number of casualties; the two disagree, and an officer reporting the percentage can say so on a definitions sheet',
  },
  {
    code: 'NI 54',
    kind: 'statistical-release',
    url: 'http://webarchive.nationalarchives.gov.uk/20130401151655/http:/www.education.gov.uk/researchandstatistics/statistics/allstatistics/a00196284/dcsf-parental-experiences-of-services-provided-to-',
    quote:
      'The primary purpose of the survey is to measure parental experience of services for disabled children ... This will include a second tranche of scores for the 30 local authority areas for the National Indicator Set for local authorities (NI 54)',
    facts: { title: undefined },
    note: "DCSF's release of the parental experience survey, already the source of NI 54's unit and direction",
  },
  {
    code: 'NI 71',
    kind: 'statistical-release',
    url: 'https://abcdocz.com/doc/60160/statutory-guidance-on-children-who-run-away-and-go-missing',
    quote:
      'Statutory guidance on children who run away and go missing from home or care Supporting local authorities to meet the requirements of National Indicator 71 – Missing from Home and Care Issued: July 2009',
    facts: { title: undefined },
    note: 'DCSF\'s statutory guidance on the indicator (July 2009), as reproduced on abcdocz (not a statistical release: the nearest kind); it names the indicator by its short name, "Missing from Home and Care", and the catalogue keeps the set\'s longer title',
  },
  {
    code: 'NI 109',
    kind: 'handbook',
    url: 'http://www.docstoc.com/docs/27967259/NI-109-Delivery-of-Sure-Start-Children-Centres',
    quote:
      'Annex 2: Children and Young People | 107 NI 109: Delivery of Sure Start Children Centres ... Rationale To measure progress against the national target to deliver 3,500 Sure Start Children Centres – one for every community – by 2010. Definition Total number of Sure Start Children’s Centres designated as a percentage of the total number of centres required to reach all under 5s in a local authority area. ... Targets relate to new build/refurbished/existing settings that are designated by Together for Children as Sure Start Children Centres once they meet agreed criteria.',
    facts: { title: undefined, unit: 'percent', dataSource: 'Together for Children designations (DCSF)' },
    note: "the Handbook of Definitions' page for NI 109 (Annex 2, page 107), as reproduced on docstoc. The draft catalogue typed the unit as a count, as Oxfordshire does (\"No. of children's centres\": 31, 45); the handbook defines a percentage of the centres required, which the catalogue now follows. Direction and rating are unchanged (a row's own figures are compared as typed); a count above 100 would now be queried as a percentage over 100",
  },
  {
    code: 'NI 111',
    kind: 'statistical-release',
    url: 'http://www.dfes.gov.uk/rsgateway/DB/STR/d000821/index.shtml',
    quote:
      'This release will provide local level information on the number and rate of first-time entrants aged 10-17 to the criminal justice system (FTEs) in England. ... will be used as a baseline for local area target setting for National Indicator 111.',
    facts: { title: undefined },
    note: 'the release names the measure "first-time entrants aged 10-17 to the criminal justice system"; the set\'s title says "Youth Justice System", which the catalogue keeps',
  },
  {
    code: 'NI 171',
    kind: 'statistical-release',
    url: BERR_171_172,
    quote: BERR_QUOTE,
    facts: { title: undefined, dataSource: 'Office for National Statistics (ONS)' },
    note: BERR_NOTE,
  },
  {
    code: 'NI 172',
    kind: 'statistical-release',
    url: BERR_171_172,
    quote: BERR_QUOTE,
    facts: { title: undefined, unit: 'percent', dataSource: 'Office for National Statistics (ONS)' },
    note: BERR_NOTE,
  },
];

/** Found in the third part of the sweep: dataset records for adult social care, skills, housing and fire. */
export const SWEEP_EVIDENCE_3: Evidence[] = [
  {
    code: 'NI 49',
    kind: 'dataset-record',
    url: 'https://certificates.theodi.org/en/datasets/7862',
    quote:
      'NI 049a - Number of primary fires and related fatalities and non-fatal casualties (excluding precautionary checks) - Total primary fires ... The indicator is defined in three parts: 1.Total number of primary fires per 100,000 population; 2.Total number of fatalities due to primary fires per 100,000 population; 3.Total number of non-fatal casualties (excluding precautionary checks and first aid cases) per 100,000 population; ... Good performance is typified by a lower rate.',
    facts: {
      title: undefined,
      unit: 'rate-per-100000',
      polarity: 'lower',
      goodPerformance: 'Good performance is typified by a lower rate.',
    },
    note: "the ODI certificate copy of NI 49a's record (total primary fires); all three parts of the indicator are rates per 100,000 population, so the draft's count gives way to the record's rate",
  },
  {
    code: 'NI 131',
    kind: 'dataset-record',
    url: 'http://data.gov.uk/dataset/ni-131-delayed-transfers-of-care-from-hospitals',
    quote:
      'NI 131 - Delayed transfers of care from hospitals The rate of delayed transfers of care from all NHS hospitals per 100,000 population aged 18+. A delayed transfer of care occurs when a patient is ready for transfer from a hospital bed, but is still occupying such a bed.',
    facts: { title: undefined, unit: 'rate-per-100000' },
    note: 'the record adds "from hospitals" to the set\'s title; it states no direction',
  },
  {
    code: 'NI 135',
    kind: 'dataset-record',
    url: 'http://www.data4nr.net/xml/894/rss.xml',
    quote:
      'NI 135 - Carers receiving needs assessment or review and a specific carers service, or advice and information ... The number of carers whose needs were assessed or reviewed by the council in a year who received a specific carers service, or advice and information in the same year as a percentage of people receiving a community based service in the year. ... Referrals, Assessment and Packages of Care Data (RAP)',
    facts: {
      title: undefined,
      unit: 'percent',
      dataSource: 'Referrals, Assessment and Packages of Care return (RAP)',
    },
    note: "data4nr's feed of the DCLG Floor Targets Interactive record",
  },
  {
    code: 'NI 136',
    kind: 'dataset-record',
    url: 'http://data.gov.uk/dataset/ni-136-people-supported-to-live-independently-through-social-services-all-ages',
    quote:
      'NI 136 - People supported to live independently through social services (all ages) This indicator measures the number of adults aged 18-64/65+ per 1,000 population that are assisted directly through social services assessed/care planned, funded support to live independently, plus those supported through organisations that receive social services grant funded services.',
    facts: { title: undefined, unit: 'rate-per-1000' },
    note: 'the draft typed a percentage; the record measures adults per 1,000 population. It states no direction',
  },
  {
    code: 'NI 158',
    kind: 'dataset-record',
    url: 'http://www.data4nr.net/resources/local-economy/901/',
    quote:
      'NIS Theme: Local economy NI 158 - % decent council homes ... This indicator measures the number of non decent council homes and the proportion this represents of the total council housing stock. This is being calculated in order to demonstrate the progress towards making all council housing decent. Source Communities and Local Government (CLG)',
    facts: {
      title: undefined,
      unit: 'percent',
      polarity: 'lower', // "progress towards making all council housing decent"
      dataSource: 'Communities and Local Government (CLG)',
    },
    note: "data4nr's copy of the record heads it \"% decent council homes\" but measures the non-decent proportion, which the catalogue's title keeps; the direction is the record's aim of making all council housing decent",
  },
  {
    code: 'NI 163',
    kind: 'dataset-record',
    url: 'http://certificates.theodi.org/en/datasets/7585',
    quote:
      'NI 163 - Proportion of population aged 19-64 for males and 19-59 for females qualified to at least Level 2 or higher Published By Department for Communities and Local Government ... Proportion of working age (19 years to retirement age) population qualified to at least level 2 or higher. ... Source: Department for Innovation Universities and Skills (DIUS), Annual Population Survey (APS) Publisher: DCLG Floor Targets Interactive',
    facts: { title: undefined, dataSource: 'Annual Population Survey (APS), for DIUS' },
    note: 'the ODI certificate copy of the DCLG Floor Targets Interactive record; it states no direction',
  },
  {
    code: 'NI 173',
    kind: 'dataset-record',
    url: 'https://www.selectdataset.com/dataset/0d1a7e37e72723606538d632c89c5678/NI%20173%20Flows%20on%20to%20Incapacity%20Benefits%20from%20employment',
    quote:
      'NI 173 Flows on to Incapacity Benefits from employment ... The proportion of the working population living in a local authority who move directly from employment to incapacity benefits (IB) each year. Source: Department for Work and Pensions (DWP) Publisher: DCLG Floor Targets Interactive',
    facts: { title: undefined, dataSource: 'Department for Work and Pensions (DWP)' },
    note: "a dataset catalogue's copy of the data.gov.uk record; it gives a proportion without its base, so the unit stays the draft's",
  },
];

/** Found in the fourth part of the sweep: roads, behaviour in schools, child poverty. */
export const SWEEP_EVIDENCE_4: Evidence[] = [
  {
    code: 'NI 86',
    kind: 'statistical-release',
    url: 'http://webarchive.nationalarchives.gov.uk/20130401151655/http:/www.education.gov.uk/researchandstatistics/statistics/allstatistics/a00196031/national-indicator-86-secondary-schools-judged-as-',
    quote:
      'National Indicator 86 is derived from Ofsted inspection judgements data for state funded secondary schools, using the judgement "The behaviour of learners - school level". The National Indicator is based on each eligible school\'s most recent judgement ... This is the first publication of the National Indicator and contains outturn measures for December 2006, 2007 and 2008 at National and Local Authority levels. Future editions of this publication will update the time series to include indicator outturn as at December of each year.',
    facts: { dataSource: 'Ofsted inspection judgements ("The behaviour of learners - school level")' },
    note: "DCSF's first statistical release of the indicator; the stored copy's heading is cut short, so the title stays unsourced, and it states no unit or direction. Its December outturns agree with the plan's calendar-year period, which stays the plan's",
  },
  {
    code: 'NI 116',
    kind: 'dataset-record',
    url: 'https://mkinsight.org/children-in-low-income-families-2006-11-mk-wards-pecp2012/',
    quote:
      'This table shows the data for the local Children in Low-Income Families measure (formerly National Indicator 116) at Ward level for Milton Keynes from 2006 to 2011. Children in Low-Income Families Definition: The proportion of children living in families in receipt of out of work benefits or tax credits where their reported income is less than 60% median income. ... Authoring Entity: HM Revenue and Customs',
    facts: { unit: 'percent', dataSource: 'HM Revenue and Customs (HMRC)' },
    note: "Milton Keynes Council's data observatory record of HMRC's measure, which it calls the former NI 116; it gives neither the set's title nor a direction",
  },
  {
    code: 'NI 169',
    kind: 'dataset-record',
    url: 'http://www.infochimps.com/datasets/ni-169-proportion-of-non-principal-classified-roads-where-mainte',
    quote:
      'NI 169 - Proportion of non-principal classified roads where maintenance should be considered The indicator measures the percentage of the local authority’s B-road and C-road network where maintenance should be considered. Source: Local Highway Authority / Department for Transport (DfT) Publisher: DCLG Floor Targets Interactive',
    facts: {
      title: undefined,
      unit: 'percent',
      dataSource: 'Local Highway Authority / Department for Transport (DfT)',
    },
    note: 'a dataset catalogue\'s copy of the DCLG Floor Targets Interactive record; the record adds "Proportion of" to the set\'s title and states no direction',
  },
];
