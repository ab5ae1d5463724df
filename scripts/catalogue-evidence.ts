/**
 * What each public record says about an indicator, as found (search notes in docs/catalogue.md).
 * `npx tsx scripts/catalogue-migrate.ts` applies it to src/engine/catalogue/ni-catalogue.json:
 * every field named in `facts` takes the value given (when one is) and this record as its
 * source; a value that changes is logged in the entry's `corrections` with before and after.
 * Quotes are short and as published; a record that says nothing of a field does not name it.
 */
import type { FactField, IndicatorUnit, Polarity, SourceKind } from '../src/engine/catalogue/types';
import type { PeriodType } from '../src/engine/model/tables';
import { MORE_EVIDENCE } from './catalogue-evidence-more';
import {
  SWEEP_EVIDENCE,
  SWEEP_EVIDENCE_2,
  SWEEP_EVIDENCE_3,
  SWEEP_EVIDENCE_4,
} from './catalogue-evidence-sweep';

export interface Evidence {
  code: string;
  kind: Exclude<SourceKind, 'plan' | 'unsourced'>;
  url: string;
  quote: string;
  /** the fields this record is the source of, with the value it gives (undefined: keep ours) */
  facts: Partial<{
    title: string;
    unit: IndicatorUnit;
    polarity: Polarity;
    band: { low: number; high: number } | null;
    period: PeriodType;
    dataSource: string;
    collection: string;
    goodPerformance: string;
    status: string;
  }>;
  /** why we read it so, or what disagreed */
  note?: string;
}

export const SOURCED_FIELDS: readonly FactField[] = [
  'title',
  'unit',
  'polarity',
  'period',
  'dataSource',
  'collection',
  'goodPerformance',
  'status',
];

const CKAN = 'https://ckan.publishing.service.gov.uk/dataset/';

export const EVIDENCE: Evidence[] = [
  {
    code: 'NI 72',
    kind: 'dataset-record',
    url: 'http://certificates.theodi.org/en/datasets/7502',
    quote:
      'NI 072 - Achievement of at least 78 points across the Early Years Foundation Stage with at least 6 in each of the scales in Personal, Social and Emotional Development and Communication, Language and Literacy. ... against the total number of children assessed against the Early Years Foundation Stage Profile, expressed as a percentage.',
    facts: {
      title: undefined,
      unit: 'percent',
      period: 'academic',
      dataSource: 'Early Years Foundation Stage Profile (DCSF)',
    },
  },
  {
    code: 'NI 99',
    kind: 'dataset-record',
    url: 'http://www.data4nr.net/resources/1017/',
    quote:
      'NI 099 - Children in care reaching level 4 in English at Key Stage 2. Number of looked after children who were in care for at least one year who were in year 6 (key stage 2) and who achieved at least level 4 in English ... expressed as a percentage. ... OC2 data collection (at present).',
    facts: { title: undefined, unit: 'percent', period: 'academic', dataSource: 'OC2 data collection' },
    note: 'the record says "Children in care"; the catalogue keeps "Looked after children", the same group',
  },
  {
    code: 'NI 111',
    kind: 'statistical-release',
    url: 'http://www.dfes.gov.uk/rsgateway/DB/STR/d000821/index.shtml',
    quote:
      'This release will provide local level information on the number and rate of first-time entrants aged 10-17 to the criminal justice system (FTEs) in England. It is based on data recorded on the Police National Computer (PNC). ... will be used as a baseline for local area target setting for National Indicator 111.',
    facts: { dataSource: 'Police National Computer (PNC)' },
    note: 'published as both a number and a rate; the catalogue keeps the count the plans type',
  },
  {
    code: 'NI 61',
    kind: 'dataset-record',
    url: 'http://www.data4nr.net/resources/1000/',
    quote:
      'NI 061 - Timeliness of placements of looked after children for adoption following an agency decision that the child should be placed for adoption ... Source: Statutory SSDA903 data collection from Local Authorities to DCSF.',
    facts: { title: undefined, dataSource: 'SSDA903' },
  },
  {
    code: 'NI 104',
    kind: 'dataset-record',
    url: 'http://certificates.theodi.org/en/datasets/7481',
    quote:
      'NI 104 The Special Educational Needs (SEN)/non-SEN gap achieving Key Stage 2 English and Maths threshold ... The percentage point gap between pupils who are identified as having special educational needs who achieve the expected national curriculum level 4 or above in both English and Maths at Key Stage (KS) 2 and their peers',
    facts: { title: undefined, unit: 'ppts' },
    note: 'the record\'s title has no dash after "gap"; the catalogue keeps the dash',
  },
  {
    code: 'NI 79',
    kind: 'dataset-record',
    url: 'http://www.data4nr.net/resources/1009/',
    quote:
      'NI 079 - Achievement of a Level 2 qualification by the age of 19 ... The number of young people in the cohort that have passed the level 2 threshold by the academic year in which they turn 19 ... against the size of the cohort',
    facts: {
      title: undefined,
      period: 'academic',
      dataSource: 'School Census, National Pupil Database, NISVQ database and ILR database',
    },
  },
  {
    code: 'NI 92',
    kind: 'dataset-record',
    url: 'http://data.gov.uk/dataset/ni_092_-_narrowing_the_gap_between_the_lowest_achieving_20_in_the_early_years_foundation_stage_profi',
    quote:
      'NI 092 - Narrowing the gap between the lowest achieving 20% in the Early Years Foundation Stage Profile and the rest The gap between the median Foundation Stage Profile score of all children locally and the mean score of the lowest achieving 20% of children locally, as a percentage of the median score of all children locally. Source: Department for Children Schools and Families (DCSF)',
    facts: {
      title:
        'Narrowing the gap between the lowest achieving 20% in the Early Years Foundation Stage Profile and the rest',
      unit: 'percent',
      polarity: 'lower', // "Narrowing the gap": the smaller the gap, the better
      dataSource: 'Early Years Foundation Stage Profile (DCSF)',
    },
    note: 'the polarity is the title\'s own direction ("Narrowing the gap"). The record\'s newer address (https://data.gov.uk/dataset/b2318c8b-0f8f-4fb1-ac3f-9044dc931e0e/...) shows the description without the title',
  },
  {
    code: 'NI 102',
    kind: 'dataset-record',
    url: 'http://certificates.theodi.org/en/datasets/7484',
    quote:
      'NI 102 - Achievement gap between pupils eligible for free school meals and their peers achieving the expected level at Key Stages 2 and 4 ... The percentage point gap between pupils eligible for free schools meals (FSM) achieving at least Level 4 in English and Maths at Key Stage (KS) 2, and their peers.',
    facts: {
      title:
        'Achievement gap between pupils eligible for free school meals and their peers achieving the expected level at Key Stages 2 and 4',
      unit: 'ppts',
      dataSource: 'Key Stage 2 and 4 results matched to the School Census (DCSF)',
    },
  },
  {
    code: 'NI 107',
    kind: 'dataset-record',
    url: 'http://publicdata.eu/en/dataset/ni-107e-key-stage-2-attainment-for-black-and-minority-ethnic-groups',
    quote:
      'NI 107e - Key Stage 2 attainment for Black and minority ethnic groups ... Good performance is typified by higher percentages accompanied by a narrowing of the attainment gap between minority ethnic pupils and all pupils.',
    facts: {
      title: 'Key Stage 2 attainment for Black and minority ethnic groups',
      unit: 'percent', // "higher percentages"
      polarity: 'higher',
      goodPerformance:
        'Good performance is typified by higher percentages accompanied by a narrowing of the attainment gap between minority ethnic pupils and all pupils.',
    },
  },
  {
    code: 'NI 108',
    kind: 'dataset-record',
    url: 'http://www.infochimps.com/datasets/ni-108-key-stage-4-attainment-for-black-and-minority-ethnic-grou',
    quote:
      'NI 108 - Key Stage 4 attainment for black and minority ethnic groups ... Good performance is typified by higher percentages of pupils attaining 5 A*-C, including English and mathematics, accompanied by a narrowing of the attainment gap',
    facts: {
      title: undefined, // the record writes "black" in lower case
      unit: 'percent', // "higher percentages of pupils"
      polarity: 'higher',
      dataSource: 'Pupil Annual School Level Census (PLASC)',
      goodPerformance:
        'Good performance is typified by higher percentages of pupils attaining 5 A*-C, including English and mathematics, accompanied by a narrowing of the attainment gap between minority ethnic pupils and all pupils.',
    },
    note: 'the set letters NI 108 by ethnic group as far as "108n"; the catalogue keeps Oxfordshire\'s 108a-c (Bangladeshi, Black Caribbean, Pakistani), which a council chooses',
  },
  {
    code: 'NI 44',
    kind: 'dataset-record',
    url: 'http://publicdata.eu/pl/dataset/ni-044d-ethnic-composition-of-offenders-on-youth-justice-system-disposals-asian-or-asian-british',
    quote:
      'NI 044d - Ethnic composition of offenders on Youth Justice System disposals - Asian or asian british. This measures percentage point differences in the proportions of each Black Minority and Ethnic (BME) group of young people on youth justice disposals against the proportions of each BME group in the equivalent local population.',
    facts: {
      title: 'Ethnic composition of offenders on Youth Justice System disposals',
      unit: 'ppts',
      polarity: 'band',
      band: { low: 0, high: 0 },
      dataSource: 'Youth Justice Board returns; ONS mid-year population estimates',
    },
    note: 'a difference either way from the local population is worse, so the polarity is a band at 0 ppts (Oxfordshire targets "0 ppts")',
  },
  {
    code: 'NI 44c',
    kind: 'dataset-record',
    url: 'https://www.data.gov.uk/dataset/a4a13339-0f19-4571-9ca2-4f28aa619f6a/ni-044c-ethnic-composition-of-offenders-on-youth-justice-system-disposals-black-or-black-british',
    quote:
      'NI 044c - Ethnic composition of offenders on Youth Justice System disposals - Black or black british',
    facts: { title: 'Black or Black British' },
    note: 'Oxfordshire letters 44c "Asian" and 44d "Black" the other way round',
  },
  {
    code: 'NI 44d',
    kind: 'dataset-record',
    url: 'http://publicdata.eu/pl/dataset/ni-044d-ethnic-composition-of-offenders-on-youth-justice-system-disposals-asian-or-asian-british',
    quote:
      'NI 044d - Ethnic composition of offenders on Youth Justice System disposals - Asian or asian british',
    facts: { title: 'Asian or Asian British' },
    note: 'Oxfordshire letters 44c "Asian" and 44d "Black" the other way round',
  },
  {
    code: 'NI 44e',
    kind: 'dataset-record',
    url: 'https://www.data.gov.uk/dataset/eb78c9d8-5507-46d3-a584-bc8585782f4d/ni-044e-ethnic-composition-of-offenders-on-youth-justice-system-disposals-chinese-other',
    quote: 'NI 044e - Ethnic composition of offenders on Youth Justice System disposals -Chinese/other',
    facts: { title: 'Chinese or other ethnic group' },
  },
  {
    code: 'NI 63',
    kind: 'dataset-record',
    url: 'http://certificates.theodi.org/en/datasets/16660',
    quote:
      'NI 063 - Stability of placement of looked after children: length of placement ... the percentage of looked after children aged under 16 at who have been looked after continuously for at least 2.5 years who were living in the same placement for at least 2 years ... Source: Statutory SSDA903 data collection',
    facts: {
      title: 'Stability of placement of looked after children: length of placement',
      unit: 'percent',
      dataSource: 'SSDA903',
      collection: 'children looked after at 31 March',
    },
  },
  {
    code: 'NI 87',
    kind: 'dataset-record',
    url: 'https://ckan.publishing.service.gov.uk/dataset/ni_087_-_secondary_school_persistent_absence_rate',
    quote:
      'NI 087 - Secondary school persistent absence rate. The number of persistent absentees as a percentage of the total number of local authority maintained secondary school pupil enrolments. ... the two and a half terms ending at the May half term',
    facts: {
      title: 'Secondary school persistent absence rate',
      unit: 'percent',
      dataSource: 'School Census (DCSF)',
      collection: 'the two and a half terms ending at the May half term (annual basis)',
    },
  },
  {
    code: 'NI 112',
    kind: 'dataset-record',
    url: 'https://ckan.staging.publishing.service.gov.uk/dataset/ni_112_-_under_18_conception_rate',
    quote:
      'NI 112 - Under 18 conception rate ... This is defined as the number of conceptions under 18 per 1000 females aged 15-17. Source: Office for National Statistics (ONS)',
    facts: {
      title: 'Under 18 conception rate',
      unit: 'rate-per-1000',
      dataSource: 'Office for National Statistics (ONS) conception statistics',
    },
  },
  {
    code: 'NI 58',
    kind: 'dataset-record',
    url: `${CKAN}ni_058_emotional_and_behavioural_health_of_looked_after_children`,
    quote:
      'NI 058 Emotional and behavioural health of looked after children ... assessed through the use of a Strengths and Difficulties Questionnaire (SDQ) ... Guidelines: Good performance will be typified by a low number.',
    facts: {
      title: 'Emotional and behavioural health of looked after children',
      unit: 'score',
      polarity: 'lower',
      dataSource: 'SSDA903 (Strengths and Difficulties Questionnaire scores)',
      goodPerformance: 'Good performance will be typified by a low number.',
    },
    note: 'the catalogue kept Oxfordshire\'s wording "... of children in care" as the title though its own note quoted the record',
  },
  {
    code: 'NI 88',
    kind: 'statistical-release',
    url: 'https://gov.uk/government/statistics/percentage-of-schools-providing-access-to-extended-services-june-2010',
    quote:
      'Schools providing access to extended services ... Data is given for the total number of schools providing access to the full core offer of extended services as a percentage of the total number of schools in the local authority.',
    facts: {
      title: 'Percentage of schools providing access to extended services',
      unit: 'percent',
      polarity: 'higher',
      dataSource: 'DCSF extended schools data (OSR16/2010)',
    },
    note: 'the draft title "Number of Extended Schools" contradicted its own unit (percent)',
  },
  {
    code: 'NI 54',
    kind: 'statistical-release',
    url: 'http://webarchive.nationalarchives.gov.uk/20130401151655/http:/www.education.gov.uk/researchandstatistics/statistics/allstatistics/a00196284/dcsf-parental-experiences-of-services-provided-to-',
    quote:
      'This survey provides an overall national score on parental experience (between 0 and 100) for 2009-10. The national overall score increased from 59 points in 2008-09 to 61 points in 2009-10.',
    facts: {
      unit: 'score',
      polarity: 'higher',
      dataSource: 'National survey of parents of disabled children (TNS-BMRB for DCSF)',
      collection:
        'survey fieldwork July to November 2009 for 2009-10; January to April 2009 for the 2008-09 baseline',
    },
    note: 'a score of 0-100 points, not a percentage (Oxfordshire types it "63%")',
  },
  {
    code: 'NI 65',
    kind: 'lg-inform',
    url: 'http://id.esd.org.uk/metricType/100',
    quote:
      'Good performance is generally low. The 2006/07 banding for this indicator describes good performance as being between 10% and 15%. However, a very low level may mean that a local authority is not submitting some children to a Child Protection Plan who are in need. ... This was previously reported as NI 65. ... Polarity: a low value is good',
    facts: {
      title: undefined, // the record drops one "a": the catalogue's wording is kept
      unit: 'percent',
      polarity: 'band',
      band: { low: 10, high: 15 },
      dataSource: 'Children in need census (Characteristics of children in need, table D3)',
      goodPerformance:
        'Good performance is generally low; the 2006/07 banding describes good performance as between 10% and 15%, and a very low level may mean children in need are not given a plan.',
    },
    note: 'the record says both "a low value is good" (its polarity field) and that a very low value is not good, with the 10-15% banding: kept as the band, which is what its help text describes; an officer who wants lower-is-better can say so on a definitions sheet',
  },
  {
    code: 'NI 117',
    kind: 'dataset-record',
    url: 'http://www.infochimps.com/datasets/ni-117-16-to-18-year-olds-who-are-not-in-education-training-or-e',
    quote:
      'NI 117 - 16 to 18 year olds who are Not in Education, Training or Employment (NEET) ... this indicator and NEET targets use an annual result which is based on three one month snapshots at the end of November, December and January each year.',
    facts: {
      title: '16 to 18 year olds who are not in education, training or employment (NEET)',
      unit: 'percent',
      period: 'other',
      dataSource: 'Connexions Client Caseload Information System (CCIS)',
      collection: 'average of the snapshots at the end of November, December and January',
    },
    note: 'the annual figure is the November-January average, not a financial year (Oxfordshire marks it "FY")',
  },
  {
    code: 'NI 56',
    kind: 'lg-inform',
    url: 'https://standards.esd.org.uk/?uri=metricType%2F5172',
    quote:
      '% of children in year 6 who are obese ... Formally National Indicator 56 (NI 56). also known as NI 056 Obesity in primary school age children in year 6 ... a low value is good ... Per cent ... National Child Measurement Programme',
    facts: {
      title: undefined, // LG Inform words it "Obesity in ...": the catalogue keeps "among", as NI 55
      unit: 'percent',
      polarity: 'lower',
      period: 'academic',
      dataSource: 'National Child Measurement Programme (NCMP)',
      goodPerformance: 'a low value is good',
    },
  },
  ...MORE_EVIDENCE,
  ...SWEEP_EVIDENCE,
  ...SWEEP_EVIDENCE_2,
  ...SWEEP_EVIDENCE_3,
  ...SWEEP_EVIDENCE_4,
];
