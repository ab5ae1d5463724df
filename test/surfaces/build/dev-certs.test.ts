import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devServerHttps } from '../../../scripts/dev-certs';
import { tempDir } from '../../support/temp-dir';

describe('devServerHttps', () => {
  it('uses the Office dev certificates when all three files are there', () => {
    const dir = tempDir('ni-certs-');
    writeFileSync(join(dir, 'localhost.key'), 'KEY');
    writeFileSync(join(dir, 'localhost.crt'), 'CERT');
    writeFileSync(join(dir, 'ca.crt'), 'CA');
    const server = devServerHttps(dir);
    expect(server.type).toBe('https');
    expect(
      server.options && [server.options.key, server.options.cert, server.options.ca].map(String),
    ).toEqual(['KEY', 'CERT', 'CA']);
  });

  it("falls back to webpack's self-signed certificate when any file is missing", () => {
    const dir = tempDir('ni-certs-');
    writeFileSync(join(dir, 'localhost.key'), 'KEY');
    writeFileSync(join(dir, 'localhost.crt'), 'CERT');
    expect(devServerHttps(dir)).toEqual({ type: 'https' });
  });
});
