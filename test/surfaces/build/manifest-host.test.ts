import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rewriteManifestHost } from '../../../scripts/manifest-host';

const manifest = readFileSync(join(__dirname, '..', '..', '..', 'manifest.xml'), 'utf8');

describe('rewriteManifestHost', () => {
  it('moves every URL to the production host, keeping its path below the host', () => {
    const out = rewriteManifestHost(manifest, 'https://addins.example.gov.uk/ni-targets');
    expect(out).not.toContain('localhost');
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://addins.example.gov.uk/ni-targets/taskpane.html"/>',
    );
    expect(out).toContain('"https://addins.example.gov.uk/ni-targets/commands.html"');
    expect(out).toContain('"https://addins.example.gov.uk/ni-targets/assets/validate-16.png"');
  });

  it('gives AppDomain the bare origin, since it names a domain, not a page', () => {
    const out = rewriteManifestHost(manifest, 'https://addins.example.gov.uk/ni-targets/');
    expect(out).toContain('<AppDomain>https://addins.example.gov.uk</AppDomain>');
  });

  it('leaves the dev manifest as it is for the default host', () => {
    expect(rewriteManifestHost(manifest, 'https://localhost:3000/')).toBe(manifest);
  });

  it('refuses a plain http host, which Office would not load', () => {
    expect(() => rewriteManifestHost(manifest, 'http://addins.example.gov.uk/')).toThrow(/https/);
  });
});
