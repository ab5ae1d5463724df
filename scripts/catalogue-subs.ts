/**
 * Sub-indicators as entries of their own, and the status every NI shares; applied by
 * scripts/catalogue-migrate.ts. The letters follow the Oxfordshire delivery plan 2010-11 (the
 * only seed that letters them): no public record of the letters was found, so their titles are
 * sourced `plan`, and a unit or polarity that differs from the parent says where it came from.
 */
import type { FactProvenance, IndicatorUnit, Polarity } from '../src/engine/catalogue/types';

export interface SubIndicator {
  code: string;
  parent: string;
  title: string;
  shortTitle?: string;
  unit?: IndicatorUnit;
  polarity?: Polarity;
  band?: { low: number; high: number };
  goodPerformance?: string;
  titleSource: FactProvenance;
  unitSource?: FactProvenance;
  polaritySource?: FactProvenance;
}

const OXON = "Oxfordshire Children and Young People's Plan delivery plan 2010-11";
const oxon = (quote: string): FactProvenance => ({
  from: 'plan',
  quote,
  note: `${OXON}, NIS table; no public record of the letter was found`,
});

const sub = (
  code: string,
  title: string,
  quote: string,
  extra: Partial<SubIndicator> = {},
): SubIndicator => ({
  code,
  parent: code.replace(/[a-h]$/, ''),
  title,
  titleSource: oxon(quote),
  ...extra,
});

const measured = (code: string, year: string): SubIndicator =>
  sub(code, `${year}: percentage measured`, `Obesity - ${year}: percentage measured (${code})`, {
    polarity: 'higher',
    polaritySource: {
      from: 'plan',
      quote: `Obesity - ${year}: percentage measured (${code}) ... 85%`,
      note: `${OXON}: the coverage target is 85% against 91.9% / 88.3% measured; coverage is better high`,
    },
  });

export const SUB_INDICATORS: SubIndicator[] = [
  sub('NI 44a', 'White', 'Ethnic composition of offenders: White (NI 44a)'),
  sub('NI 44b', 'Mixed', 'Ethnic composition of offenders: Mixed (NI 44b)'),
  sub('NI 44c', 'Asian or Asian British', 'Ethnic composition of offenders: Asian (NI 44c)', {
    titleSource: {
      from: 'plan',
      quote: 'Ethnic composition of offenders: Asian (NI 44c)',
      note: `${OXON}. The DCLG dataset record calls NI 044d "Asian or asian british": the letters disagree, so read the row's text`,
    },
  }),
  sub('NI 44d', 'Black or Black British', 'Ethnic composition of offenders: Black (NI 44d)', {
    titleSource: {
      from: 'plan',
      quote: 'Ethnic composition of offenders: Black (NI 44d)',
      note: `${OXON}. The DCLG dataset record gives 044d as "Asian or asian british": the letters disagree, so read the row's text`,
    },
  }),
  sub('NI 44e', 'Chinese or other ethnic group', 'Ethnic composition of offenders: Chinese/other (NI 44e)'),
  sub('NI 52a', 'Take up of school lunches - primary', 'Take up of school lunches - primary (NI 52a)'),
  sub('NI 52b', 'Take up of school lunches - secondary', 'Take up of school lunches - secondary (NI 52b)'),
  sub('NI 53a', 'Prevalence of breastfeeding at 6-8 weeks', 'Breast feeding at 6-8 weeks (NI 53a)'),
  sub(
    'NI 53b',
    'Breastfeeding status recorded at 6-8 weeks (coverage)',
    'Breastfeeding at 6-8 weeks: status recorded (NI 53b)',
  ),
  sub('NI 55a', 'Reception Year: percentage obese', 'Obesity - Reception: percentage obese (NI 55a)'),
  measured('NI 55b', 'Reception'),
  sub('NI 56a', 'Year 6: percentage obese', 'Obesity - Year 6: percentage obese (NI 56a)'),
  measured('NI 56b', 'Year 6'),
  sub('NI 85a', 'A level Physics', 'Post-16 participation in physical sciences: Physics (NI 85a)'),
  sub('NI 85b', 'A level Chemistry', 'Post-16 participation in physical sciences: Chemistry (NI 85b)'),
  sub('NI 85c', 'A level Maths', 'Post-16 participation in physical sciences: Maths (NI 85c)'),
  sub('NI 89a', 'Number of schools in special measures', 'No. of Special Measures schools (NI 89a)', {
    unit: 'count',
    unitSource: { from: 'plan', quote: 'No. of Special Measures schools (NI 89a)', note: OXON },
  }),
  sub(
    'NI 89b',
    'Average time schools spend in special measures',
    'Aver time spent by schools in Special Measures (NI 89b)',
    {
      unit: 'months',
      unitSource: { from: 'plan', quote: '18 months ... 0 months', note: `${OXON}: figures typed in months` },
    },
  ),
  sub('NI 102a', 'Free school meals gap at Key Stage 2', 'KS2 free school meals gap (NI 102a)'),
  sub('NI 102b', 'Free school meals gap at Key Stage 4', 'KS4 free school meals gap (NI 102b)'),
  sub(
    'NI 103a',
    'Final SEN statements within 26 weeks excluding exceptions',
    'Final statements of SEN within 26 weeks - excl exceptions (NI 103a)',
  ),
  sub(
    'NI 103b',
    'Final SEN statements within 26 weeks including exceptions',
    'Final statements of SEN within 26 weeks - incl exceptions (NI 103b)',
  ),
  sub('NI 107a', 'White', 'BME KS2 L4+ in English & maths: White (NI 107a)'),
  sub('NI 107b', 'Mixed', 'BME KS2 L4+ in English & maths: Mixed (NI 107b)'),
  sub('NI 107c', 'Asian', 'BME KS2 L4+ in English & maths: Asian (NI 107c)'),
  sub('NI 107d', 'Black', 'BME KS2 L4+ in English & maths: Black (NI 107d)'),
  sub('NI 107e', 'Chinese', 'BME KS2 L4+ in English & maths: Chinese (NI 107e)'),
  sub('NI 108a', 'Bangladeshi', 'BME 5+ GCSE A*-C inc E/M: Bangladeshi (NI 108a)'),
  sub('NI 108b', 'Black Caribbean', 'BME 5+ GCSE A*-C inc E/M: Black Caribbean (NI 108b)'),
  sub('NI 108c', 'Pakistani', 'BME 5+ GCSE A*-C inc E/M: Pakistani (NI 108c)'),
  sub('NI 113a', 'Percentage of 15-24 year olds tested for chlamydia', 'Tests for chlamydia (NI 113a)', {
    polarity: 'higher',
    polaritySource: {
      from: 'plan',
      quote: 'Tests for chlamydia (NI 113a)\tFY\t10.1%\t12.3%\t17%\t25%\t35%',
      note: `${OXON}: testing targets rise`,
    },
  }),
  sub('NI 113b', 'Prevalence of chlamydia', 'Prevalence of chlamydia (NI 113b)', {
    polarity: 'none',
    polaritySource: {
      from: 'plan',
      quote: 'No target as expected to rise due to increase in screening',
      note: OXON,
    },
  }),
];

/** Every NI's status: the set ended with March 2011 (Audit Commission's NIS page). */
export const STATUS_EVIDENCE: { status: string; source: FactProvenance } = {
  status: 'ended 31 March 2011: the National Indicator Set ran from April 2008 to March 2011',
  source: {
    from: 'statistical-release',
    url: 'http://www.audit-commission.gov.uk/performance-information/performance-data-collections-and-guidance/nis/Pages/Default.aspx',
    quote:
      'Effective from April 2008 to March 2011, the NIS was implemented as the only set of indicators on which central government performance managed local government. ... Data collections for some of the remaining National Indicators continued until up to 31st March 2011.',
    note: "the Audit Commission's page on the set (a regulator's notice, filed under statistical-release for want of a closer label)",
  },
};
