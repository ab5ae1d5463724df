/**
 * The lossless corpus: a real fixture workbook (written by exceljs) dressed up, part
 * by part, with what officers' workbooks hold and exceljs would drop: charts, a
 * chart sheet, a pivot table, an image, comments, data validation, conditional
 * formats, defined names, VBA, an external link, exact numbers, absolute part
 * paths. Each case is made at test time with fflate; nothing is committed.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fixtureWorkbook } from '../../fixtures/build-fixtures';
import { toXlsx } from '../../fixtures/to-xlsx';
import { openPackage } from '../../../src/gateways/xlsx-package/open-package';
import { analyse } from '../../../src/pipeline/analyse';
import { ratePlan } from '../../../src/pipeline/rate-plan';
import { reportPlan } from '../../../src/pipeline/report-plan';

export type Files = Record<string, Uint8Array>;

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

export async function baseFiles(): Promise<Files> {
  return unzipSync(new Uint8Array(await toXlsx(fixtureWorkbook('bromley-table-a'))));
}

export function text(files: Files, name: string): string {
  return strFromU8(files[name]);
}

function edit(files: Files, name: string, fn: (s: string) => string): void {
  files[name] = strToU8(fn(files[name] ? text(files, name) : ''));
}

function override(files: Files, part: string, type: string): void {
  edit(files, '[Content_Types].xml', (s) =>
    s.replace('</Types>', `<Override PartName="/${part}" ContentType="${type}"/></Types>`),
  );
}

function rel(
  files: Files,
  relsPart: string,
  id: string,
  type: string,
  target: string,
  external = false,
): void {
  const mode = external ? ' TargetMode="External"' : '';
  const entry = `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"${mode}/>`;
  if (!files[relsPart]) {
    files[relsPart] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entry}</Relationships>`,
    );
  } else edit(files, relsPart, (s) => s.replace('</Relationships>', `${entry}</Relationships>`));
}

/** Puts `xml` into sheet1 before the first of `before` that it has, or before </worksheet>. */
function intoSheet(files: Files, xml: string, before: string[]): void {
  edit(files, 'xl/worksheets/sheet1.xml', (s) => {
    for (const b of before) {
      const at = s.indexOf(`<${b}`);
      if (at !== -1) return s.slice(0, at) + xml + s.slice(at);
    }
    return s.replace('</worksheet>', `${xml}</worksheet>`);
  });
}

const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'tableParts', 'extLst'];
const CHART = `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>`;
const DRAWING = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">${inner}</xdr:wsDr>`;
const PNG = new Uint8Array([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 31, 21,
  196, 137,
]);

function addDrawing(files: Files, inner: string, target: string, type: string): void {
  files['xl/drawings/drawing1.xml'] = strToU8(DRAWING(inner));
  override(files, 'xl/drawings/drawing1.xml', `${CT}.drawing+xml`);
  rel(files, 'xl/drawings/_rels/drawing1.xml.rels', 'rId1', type, target);
  rel(files, 'xl/worksheets/_rels/sheet1.xml.rels', 'rIdDr1', 'drawing', '../drawings/drawing1.xml');
  intoSheet(files, '<drawing r:id="rIdDr1"/>', AFTER_DRAWING);
}

function addSheetEntry(files: Files, name: string, id: string, sheetId: number): void {
  edit(files, 'xl/workbook.xml', (s) =>
    s.replace('</sheets>', `<sheet name="${name}" sheetId="${sheetId}" r:id="${id}"/></sheets>`),
  );
}

export interface Case {
  name: string;
  dress(files: Files): void;
  /** save as .xlsm */
  macro?: boolean;
}

export const CASES: Case[] = [
  {
    name: 'embedded chart',
    dress: (f) => {
      f['xl/charts/chart1.xml'] = strToU8(CHART);
      override(f, 'xl/charts/chart1.xml', `${CT}.drawingml.chart+xml`);
      addDrawing(
        f,
        '<xdr:absoluteAnchor><xdr:graphicFrame><a:graphic><a:graphicData><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame></xdr:absoluteAnchor>',
        '../charts/chart1.xml',
        'chart',
      );
    },
  },
  {
    name: 'chart sheet',
    dress: (f) => {
      f['xl/charts/chart2.xml'] = strToU8(CHART);
      override(f, 'xl/charts/chart2.xml', `${CT}.drawingml.chart+xml`);
      f['xl/chartsheets/sheet1.xml'] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
      );
      override(f, 'xl/chartsheets/sheet1.xml', `${CT}.spreadsheetml.chartsheet+xml`);
      rel(f, 'xl/chartsheets/_rels/sheet1.xml.rels', 'rId1', 'drawing', '../drawings/drawing9.xml');
      f['xl/drawings/drawing9.xml'] = strToU8(DRAWING(''));
      override(f, 'xl/drawings/drawing9.xml', `${CT}.drawing+xml`);
      rel(f, 'xl/_rels/workbook.xml.rels', 'rIdCs1', 'chartsheet', 'chartsheets/sheet1.xml');
      addSheetEntry(f, 'Chart1', 'rIdCs1', 50);
    },
  },
  {
    name: 'pivot table',
    dress: (f) => {
      f['xl/pivotCache/pivotCacheDefinition1.xml'] = strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:B2" sheet="x"/></cacheSource><cacheFields count="0"/></pivotCacheDefinition>',
      );
      override(f, 'xl/pivotCache/pivotCacheDefinition1.xml', `${CT}.spreadsheetml.pivotCacheDefinition+xml`);
      f['xl/pivotTables/pivotTable1.xml'] = strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Pivot1" cacheId="1"><location ref="AA1:AB3" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>',
      );
      override(f, 'xl/pivotTables/pivotTable1.xml', `${CT}.spreadsheetml.pivotTable+xml`);
      rel(
        f,
        'xl/pivotTables/_rels/pivotTable1.xml.rels',
        'rId1',
        'pivotCacheDefinition',
        '../pivotCache/pivotCacheDefinition1.xml',
      );
      rel(f, 'xl/worksheets/_rels/sheet1.xml.rels', 'rIdPv1', 'pivotTable', '../pivotTables/pivotTable1.xml');
      rel(
        f,
        'xl/_rels/workbook.xml.rels',
        'rIdPc1',
        'pivotCacheDefinition',
        'pivotCache/pivotCacheDefinition1.xml',
      );
      edit(f, 'xl/workbook.xml', (s) =>
        s.replace(
          '</workbook>',
          '<pivotCaches><pivotCache cacheId="1" r:id="rIdPc1"/></pivotCaches></workbook>',
        ),
      );
    },
  },
  {
    name: 'image',
    dress: (f) => {
      f['xl/media/image1.png'] = PNG;
      edit(f, '[Content_Types].xml', (s) =>
        s.replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>'),
      );
      addDrawing(
        f,
        '<xdr:absoluteAnchor><xdr:pic><xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill></xdr:pic></xdr:absoluteAnchor>',
        '../media/image1.png',
        'image',
      );
    },
  },
  {
    name: 'comments and notes',
    dress: (f) => {
      f['xl/comments1.xml'] = strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Officer</author></authors><commentList><comment ref="A1" authorId="0"><text><t>check this</t></text></comment></commentList></comments>',
      );
      override(f, 'xl/comments1.xml', `${CT}.spreadsheetml.comments+xml`);
      f['xl/drawings/vmlDrawing1.vml'] = strToU8(
        '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025"/></xml>',
      );
      edit(f, '[Content_Types].xml', (s) =>
        s.replace('</Types>', `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/></Types>`),
      );
      rel(f, 'xl/worksheets/_rels/sheet1.xml.rels', 'rIdCm1', 'comments', '../comments1.xml');
      rel(f, 'xl/worksheets/_rels/sheet1.xml.rels', 'rIdVm1', 'vmlDrawing', '../drawings/vmlDrawing1.vml');
      intoSheet(f, '<legacyDrawing r:id="rIdVm1"/>', [
        'legacyDrawingHF',
        'picture',
        'oleObjects',
        'tableParts',
        'extLst',
      ]);
    },
  },
  {
    name: 'data validation and conditional formats',
    dress: (f) => {
      intoSheet(
        f,
        '<conditionalFormatting sqref="C5:C40"><cfRule type="cellIs" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B5:B40"><formula1>"Yes,No"</formula1></dataValidation></dataValidations>',
        [
          'hyperlinks',
          'printOptions',
          'pageMargins',
          'pageSetup',
          'headerFooter',
          'drawing',
          'legacyDrawing',
          'tableParts',
          'extLst',
        ],
      );
    },
  },
  {
    name: 'defined names',
    dress: (f) => {
      edit(f, 'xl/workbook.xml', (s) => {
        const names = `<definedName name="Targets">'${sheetName(f)}'!$A$1:$D$10</definedName><definedName name="Local" localSheetId="0">'${sheetName(f)}'!$B$2</definedName>`;
        return s.includes('<definedNames>')
          ? s.replace('<definedNames>', `<definedNames>${names}`)
          : s.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
      });
    },
  },
  {
    name: 'xlsm with VBA',
    macro: true,
    dress: (f) => {
      f['xl/vbaProject.bin'] = new Uint8Array(2048).map((_, i) => (i * 31) & 255);
      edit(f, '[Content_Types].xml', (s) =>
        s
          .replace(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
            'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
          )
          .replace(
            '</Types>',
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
          ),
      );
      rel(f, 'xl/_rels/workbook.xml.rels', 'rIdVba1', 'vbaProject', 'vbaProject.bin');
    },
  },
  {
    name: 'external link',
    dress: (f) => {
      f['xl/externalLinks/externalLink1.xml'] = strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="' +
          R +
          '"><externalBook r:id="rId1"/></externalLink>',
      );
      override(f, 'xl/externalLinks/externalLink1.xml', `${CT}.spreadsheetml.externalLink+xml`);
      rel(
        f,
        'xl/externalLinks/_rels/externalLink1.xml.rels',
        'rId1',
        'externalLinkPath',
        'file:///C:/budgets/2009.xlsx',
        true,
      );
      rel(f, 'xl/_rels/workbook.xml.rels', 'rIdEx1', 'externalLink', 'externalLinks/externalLink1.xml');
      edit(f, 'xl/workbook.xml', (s) =>
        s.replace(
          '</sheets>',
          '</sheets><externalReferences><externalReference r:id="rIdEx1"/></externalReferences>',
        ),
      );
    },
  },
  {
    name: 'date-formatted and 17-digit numbers',
    dress: (f) => {
      edit(f, 'xl/styles.xml', (s) =>
        s
          .replace(/<cellXfs count="(\d+)">/, (_, n) => `<cellXfs count="${Number(n) + 1}">`)
          .replace(
            '</cellXfs>',
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
          ),
      );
      const xf =
        (text(f, 'xl/styles.xml')
          .match(/<cellXfs[\s\S]*?<\/cellXfs>/)?.[0]
          .match(/<xf /g)?.length ?? 1) - 1;
      edit(f, 'xl/worksheets/sheet1.xml', (s) =>
        s.replace(
          '</sheetData>',
          `<row r="900"><c r="Z900"><v>0.08400000000000001</v></c><c r="AA900" s="${xf}"><v>40000.123456789</v></c></row></sheetData>`,
        ),
      );
    },
  },
  {
    name: 'absolute part paths',
    dress: (f) => {
      for (const name of Object.keys(f).filter((n) => n.endsWith('.rels'))) {
        const folder = name.replace(/_rels\/[^/]*$/, '');
        edit(f, name, (s) =>
          s.replace(/Target="(?!\/)(?![a-z]+:)([^"]+)"/g, (_, t) => `Target="/${normal(folder + t)}"`),
        );
      }
    },
  },
];

function normal(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') out.pop();
    else if (seg && seg !== '.') out.push(seg);
  }
  return out.join('/');
}

function sheetName(f: Files): string {
  return /<sheet [^>]*name="([^"]+)"/.exec(text(f, 'xl/workbook.xml'))?.[1] ?? 'Sheet1';
}

export async function caseBytes(c: Case): Promise<Uint8Array> {
  const files = await baseFiles();
  c.dress(files);
  return zipSync(files);
}

/** A real rating plan, then a real report plan, each made by the engine from what this reader read, applied and saved. */
export async function runPlans(bytes: Uint8Array, name: string) {
  const pkg = openPackage(bytes, name);
  const rate = ratePlan(analyse(await pkg.gateway.readSnapshot())).plan;
  await pkg.gateway.apply(rate);
  const report = reportPlan(analyse(await pkg.gateway.readSnapshot())).plan;
  await pkg.gateway.apply(report);
  return { out: pkg.save(), plans: [rate, report], after: await pkg.gateway.readSnapshot() };
}
