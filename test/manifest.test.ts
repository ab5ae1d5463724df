import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_NAMES } from '../src/surfaces/commands/command-names';
import { rewriteManifestHost } from '../scripts/manifest-host';
import { descendants, findAll, localName, parseXml, type XmlElement } from './surfaces/xml-tree';
import { tempDir } from './support/temp-dir';

const ROOT = join(__dirname, '..');
const MANIFEST_PATH = join(ROOT, 'manifest.xml');
const MANIFEST_TEXT = readFileSync(MANIFEST_PATH, 'utf8');
const manifest = parseXml(MANIFEST_TEXT);
const DEV_BASE = 'https://localhost:3000/';
const VALIDATOR = join(ROOT, '..', 'shared', 'tools', 'validate-manifest');

/** Which Resources list each resid-bearing element must point into. */
const RESOURCE_KIND_OF: Record<string, string> = {
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
};

const resources = findAll(manifest, 'Resources')[0];
const resourceLists = Object.fromEntries(
  resources.children.map((list) => [
    localName(list),
    new Map(list.children.map((r) => [r.attrs.id, r.attrs.DefaultValue])),
  ]),
);
const referencing = descendants(manifest).filter((e) => e.attrs.resid !== undefined);

function resource(kind: string, id: string): string {
  const value = resourceLists[kind]?.get(id);
  if (value === undefined) throw new Error(`no ${kind} resource "${id}"`);
  return value;
}

/** The URLs the manifest loads: top-level DefaultValue URLs plus every bt:Image and bt:Url. */
const allUrls = [
  ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].map(
    (n) => findAll(manifest, n)[0].attrs.DefaultValue,
  ),
  findAll(findAll(manifest, 'DefaultSettings')[0], 'SourceLocation')[0].attrs.DefaultValue,
  ...resourceLists.Images.values(),
  ...resourceLists.Urls.values(),
];

interface WebpackConfigLike {
  entry: Record<string, string>;
  plugins: { constructor: { name: string }; userOptions?: { filename?: string; chunks?: string[] } }[];
}
const webpackConfig = (require('../webpack.config.js') as (env: object, argv: object) => WebpackConfigLike)(
  {},
  { mode: 'production' },
);
/** page file name -> entry it loads, as html-webpack-plugin will emit it */
const builtPages = new Map(
  webpackConfig.plugins
    .filter((p) => p.constructor.name === 'HtmlWebpackPlugin')
    .map((p) => [p.userOptions?.filename ?? '', p.userOptions?.chunks ?? []]),
);

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const assetFile = (url: string) => join(ROOT, url.slice(DEV_BASE.length));

describe('manifest.xml resources', () => {
  it('defines every resid it references, in the list that kind of element reads from', () => {
    expect(referencing.length).toBeGreaterThan(20);
    for (const element of referencing) {
      const kind = RESOURCE_KIND_OF[localName(element)];
      expect({ element: element.name, kind }).toEqual({ element: element.name, kind: expect.any(String) });
      expect(() => resource(kind, element.attrs.resid)).not.toThrow();
    }
  });

  it('has no resource that nothing uses, so a mistyped resid cannot hide behind a spare one', () => {
    const used = new Set(referencing.map((e) => e.attrs.resid));
    const defined = Object.values(resourceLists).flatMap((list) => [...list.keys()]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });

  it('keeps supertip text within what Office shows (titles 125, descriptions 250 characters)', () => {
    for (const s of resourceLists.ShortStrings.values()) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of resourceLists.LongStrings.values()) expect(s.length).toBeLessThanOrEqual(250);
  });
});

describe('manifest.xml URLs', () => {
  it('serves everything from the dev origin, so the build can rewrite it to ADDIN_HOST', () => {
    for (const url of allUrls) expect(url.startsWith(DEV_BASE)).toBe(true);
    expect(findAll(manifest, 'AppDomain').map((e) => e.text)).toEqual(['https://localhost:3000']);
  });

  it('points every icon at a PNG in assets/ of the size it claims', () => {
    const icons: [string, number][] = [
      [findAll(manifest, 'IconUrl')[0].attrs.DefaultValue, 32],
      [findAll(manifest, 'HighResolutionIconUrl')[0].attrs.DefaultValue, 64],
      ...findAll(manifest, 'Icon').flatMap((icon) =>
        icon.children.map((img): [string, number] => [
          resource('Images', img.attrs.resid),
          Number(img.attrs.size),
        ]),
      ),
    ];
    expect(icons).toHaveLength(2 + 6 * 3);
    for (const [url, size] of icons) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/[\w-]+\.png$/);
      expect(existsSync(assetFile(url))).toBe(true);
      expect(pngSize(assetFile(url))).toEqual({ width: size, height: size });
    }
  });

  it('points every page at an HTML file webpack builds from one of its entries, or at a file in assets/', () => {
    const pages = allUrls.filter((u) => u.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const url of pages) {
      const path = url.slice(DEV_BASE.length);
      if (path.startsWith('assets/')) {
        expect(existsSync(assetFile(url))).toBe(true);
        continue;
      }
      const chunks = builtPages.get(path);
      expect({ path, built: chunks !== undefined }).toEqual({ path, built: true });
      for (const chunk of chunks ?? []) expect(Object.keys(webpackConfig.entry)).toContain(chunk);
    }
    expect(resource('Urls', findAll(manifest, 'FunctionFile')[0].attrs.resid)).toBe(
      `${DEV_BASE}commands.html`,
    );
    expect(allUrls).toContain(`${DEV_BASE}taskpane.html`);
  });
});

describe('manifest.xml ribbon and permissions', () => {
  const controls = findAll(manifest, 'Control');
  const label = (e: XmlElement) =>
    resource('ShortStrings', e.children.find((c) => c.name === 'Label')!.attrs.resid);
  const action = (e: XmlElement) => e.children.find((c) => c.name === 'Action')!;

  it('asks only to read and write the document', () => {
    expect(findAll(manifest, 'Permissions').map((e) => e.text)).toEqual(['ReadWriteDocument']);
  });

  it('targets Excel workbooks only', () => {
    expect(findAll(findAll(manifest, 'Hosts')[0], 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
  });

  it('puts an "NI Targets" group on the Home tab with the five buttons in order', () => {
    const tab = findAll(manifest, 'OfficeTab')[0];
    expect(tab.attrs.id).toBe('TabHome');
    const group = findAll(tab, 'Group')[0];
    expect(resource('ShortStrings', group.children.find((c) => c.name === 'Label')!.attrs.resid)).toBe(
      'NI Targets',
    );
    expect(controls.map(label)).toEqual([
      'Validate targets',
      'Fill RAG & trajectory',
      'Build Table A & B',
      'Remove NI Targets output',
      'Open NI Targets',
    ]);
  });

  it('runs exactly the functions commands.ts registers, and opens the pane from the last button', () => {
    const functionNames = controls
      .map(action)
      .filter((a) => a.attrs['xsi:type'] === 'ExecuteFunction')
      .map((a) => findAll(a, 'FunctionName')[0].text);
    expect(functionNames).toEqual(COMMAND_NAMES);
    const pane = action(controls[4]);
    expect(pane.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(resource('Urls', findAll(pane, 'SourceLocation')[0].attrs.resid)).toBe(`${DEV_BASE}taskpane.html`);
  });

  it('gives every button a supertip whose title is its label and whose description explains it', () => {
    for (const control of controls) {
      const tip = control.children.find((c) => c.name === 'Supertip')!;
      expect(resource('ShortStrings', findAll(tip, 'Title')[0].attrs.resid)).toBe(label(control));
      expect(resource('LongStrings', findAll(tip, 'Description')[0].attrs.resid).length).toBeGreaterThan(60);
    }
  });
});

describe('manifest.xml against the Office schemas (offline)', () => {
  const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;
  const hasValidator = existsSync(VALIDATOR);
  const canValidate = hasXmllint && hasValidator;
  if (!canValidate) {
    console.warn(
      `Skipping schema validation: ${hasValidator ? 'xmllint is not installed (apt-get install -y libxml2-utils)' : `${VALIDATOR} not found`}`,
    );
  }
  const validate = (path: string) => execFileSync(VALIDATOR, [path], { encoding: 'utf8', stdio: 'pipe' });

  (canValidate ? it : it.skip)('accepts manifest.xml', () => {
    expect(validate(MANIFEST_PATH)).toContain('valid Office add-in manifest');
  });

  (canValidate ? it : it.skip)('accepts the manifest rewritten for a production host', () => {
    const dir = tempDir('ni-manifest-');
    const rewritten = join(dir, 'manifest.xml');
    writeFileSync(rewritten, rewriteManifestHost(MANIFEST_TEXT, 'https://addins.example.gov.uk/ni-targets'));
    expect(validate(rewritten)).toContain('valid Office add-in manifest');
  });
});
