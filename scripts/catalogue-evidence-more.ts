/**
 * Records found in the second search (issue 16): Defra's page on the waste indicators, LG Inform
 * metric types and area reports that name the former NI, and per-indicator dataset records (data.gov.uk,
 * the ODI certificate and data4nr copies of DCLG's Floor Targets Interactive, infochimps' import of it).
 * Same shape and rules as scripts/catalogue-evidence.ts, which appends these to EVIDENCE: a quote is
 * the record's own words (" ... " joins passages; line breaks are spaces), and a record names only the
 * fields it speaks to. Polarity is taken only where the record states a direction.
 */
import type { Evidence } from './catalogue-evidence';

const DEFRA_WASTE = 'http://archive.defra.gov.uk/corporate/about/with/localgov/indicators/ni191-193.htm';
const DEFRA_WASTE_NOTE =
  "Defra's page on its national indicators NI 191-193 (not a statistical release: the nearest kind)";

export const MORE_EVIDENCE: Evidence[] = [
  {
    code: 'NI 191',
    kind: 'statistical-release',
    url: DEFRA_WASTE,
    quote:
      'NI 191: Residual household waste per household In line with the position of waste reduction at the top of the waste hierarchy, the Government wishes to see a year on year reduction in the amount of residual waste',
    facts: { title: undefined, polarity: 'lower' },
    note: `${DEFRA_WASTE_NOTE}; the unit (kilograms per household) is not stated there`,
  },
  {
    code: 'NI 192',
    kind: 'lg-inform',
    url: 'http://id.esd.org.uk/metricType/46',
    quote:
      'This is the percentage of household waste arisings which have been sent by the authority for reuse, recycling, composting or anaerobic digestion. ... This was previously reported as NI 192. ... Also known as • NI 192 Percentage of household waste sent for reuse, recycling and composting ... Polarity a high value is good Measure Percentage of household waste ... Source Department for Environment, Food and Rural Affairs',
    facts: {
      title: undefined,
      unit: 'percent',
      polarity: 'higher',
      dataSource: 'Local authority collected waste management statistics (Defra)',
      goodPerformance: 'a high value is good',
    },
  },
  {
    code: 'NI 193',
    kind: 'statistical-release',
    url: DEFRA_WASTE,
    quote:
      'NI 193: Municipal waste land filled To measure the proportion of municipal waste landfilled. The Government’s strategy on waste is to move waste management up the waste hierarchy and divert an increasing proportion of waste away from landfill.',
    facts: { title: undefined, unit: 'percent', polarity: 'lower' },
    note: `${DEFRA_WASTE_NOTE}; its heading drops the set's "Percentage of", which the catalogue keeps since the record measures a proportion`,
  },
  {
    code: 'NI 70',
    kind: 'dataset-record',
    url: 'https://open-data-certificates.herokuapp.com/en/datasets?page=6083',
    quote:
      'NI 070 Reduce emergency hospital admissions caused by unintentional and deliberate injuries to children and young people. Published By Department for Children, Schools and Families ... The total number of children and young people admitted to hospital as a result of injury against the total population of children and young people in the PCT area, expressed as a rate.',
    facts: { title: undefined, polarity: 'lower' },
    note: 'a page of the ODI certificates list of datasets; the polarity is the title\'s own direction ("Reduce"); the record says "expressed as a rate" without a base, so the unit (per 10,000) stays the plan\'s',
  },
  {
    code: 'NI 154',
    kind: 'dataset-record',
    url: 'http://www.infochimps.com/datasets/ni-154-net-additional-homes-provided',
    quote:
      'NI 154 Net additional homes provided ... Number of net increases in dwelling stock over one year. ... Source: Communities and Local Government (CLG) Publisher: DCLG Floor Targets Interactive ... Guidelines: Good performance is typified by an increase in numbers of net additional homes.',
    facts: {
      title: undefined,
      unit: 'count',
      polarity: 'higher',
      dataSource: 'Communities and Local Government (CLG) net additional dwellings',
      goodPerformance: 'Good performance is typified by an increase in numbers of net additional homes.',
    },
  },
  {
    code: 'NI 157',
    kind: 'dataset-record',
    url: 'http://www.data4nr.net/resources/view-all-national-indicators/971/',
    quote:
      'NI 157b - Processing of planning applications as measured against targets for minor application types ... This indicator measures the percentage of planning applications dealt with in a timely manner: major, minor and other. All local planning authorities except county councils should use CLG form PS2 ... A timely manner is defined as within 13 weeks for Major applications and within 8 weeks for Minor and Other applications.',
    facts: { title: undefined, unit: 'percent', dataSource: 'CLG planning return PS2' },
    note: "the set publishes NI 157 as 157a (major), 157b (minor) and 157c (other); this is 157b's record, whose description covers all three. It states no direction, so the polarity stays a judgement",
  },
  {
    code: 'NI 184',
    kind: 'dataset-record',
    url: 'http://certificates.theodi.org/en/datasets/14237',
    quote:
      'NI 184 Food establishments in the area which are broadly compliant with food hygiene law ... The percentage of food establishments within the local authority area which are broadly compliant with food law. ... Source: Food Standards Agency / Department of Health (DoH) Publisher: DCLG Floor Targets Interactive',
    facts: { title: undefined, unit: 'percent', dataSource: 'Food Standards Agency' },
  },
  {
    code: 'NI 120',
    kind: 'lg-inform',
    url: 'http://doc.esd.org.uk/MetricTypeList/0.01.xml',
    quote:
      '<Name>All-age all cause mortality rate - all persons</Name> <AlternativeName>NI 120 All-age all cause mortality rate</AlternativeName>',
    facts: { title: undefined },
    note: "esd-toolkit's draft list of metric types (2011), the forerunner of LG Inform's; it names the metric only",
  },
  {
    code: 'NI 39',
    kind: 'dataset-record',
    url: 'http://www.apho.org.uk/default.aspx?QN=HP_METADATA&IndicatorID=50180',
    quote:
      'What is being measured? | Hospital Admissions for Alcohol Related Harm: NI39. | ... Hospital Admissions for Alcohol Related Harm (2007/08), directly age and sex standardised rate, all ages, admissions per 100,000 European Standard population. ... Collection and collation from Hospital Episode Statistics via the DH',
    facts: { unit: 'rate-per-100000', dataSource: 'Hospital Episode Statistics (Department of Health)' },
    note: "the public health observatories' metadata for the indicator; it names it in its own words, so the title stays unsourced",
  },
  {
    code: 'NI 152',
    kind: 'lg-inform',
    url: 'https://docslib.org/download/6690824/working-age-people-on-out-of-work-benefits-in-surrey-heath-area',
    quote:
      'Working age people on out of work benefits - This indicator measures the percentage of the working age population who are claiming out of work benefits. ... This was previously reported as NI 152. Source name: Nomis Collection name: benefit claimants - working age client group Polarity: Low is good',
    facts: {
      title: undefined,
      unit: 'percent',
      polarity: 'lower',
      dataSource: 'DWP benefit claimants - working age client group (Nomis)',
    },
    note: "an LG Inform area report (Surrey Heath) as reproduced on docslib; the metric's words and polarity are LG Inform's",
  },
  {
    code: 'NI 153',
    kind: 'dataset-record',
    url: 'https://data.gov.uk/dataset/ni-153-working-age-people-claiming-out-of-work-benefits-in-the-worst-performing-neighbourhoods',
    quote:
      'NI 153 - Working age people claiming out-of-work benefits in the worst performing neighbourhoods. ... Worst performing neighbourhoods are defined as Lower Super Output Areas (LSOAs) with an out of work claim rate of 25% or more ... This indicator gives the mean out of work benefit rate for the aggregate of all the worst performing neighbourhoods in the LAA',
    facts: { title: undefined, unit: 'percent' },
    note: 'the record hyphenates "out-of-work"; the catalogue keeps the plain words. It states no direction',
  },
  {
    code: 'NI 195',
    kind: 'statistical-release',
    url: 'http://cleanliness-indicator.defra.gov.uk/16.0.aspx',
    quote:
      'Cleanliness National Indicator (NI 195) ... The current national benchmarks for NI 195 in terms of the % of sites graded below B (giving half-weighting to B – Grades) are set out in Table 16.2.1',
    facts: { unit: 'percent' },
    note: "Defra's guidance on the NI 195 survey (using the results); it gives the measure, not the title",
  },
];
