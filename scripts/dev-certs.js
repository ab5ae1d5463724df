// HTTPS for the dev server. Office only loads add-ins over https, and Excel trusts the certificates that
// `npx office-addin-dev-certs install` creates. Installing them needs admin rights, so when they are
// absent we fall back to webpack-dev-server's self-signed certificate (the browser will ask once).
const { existsSync, readFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { join } = require('node:path');

const CERT_FILES = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };

/**
 * @param {string} [dir] folder holding localhost.key, localhost.crt and ca.crt
 * @returns {{ type: 'https', options?: { key: Buffer, cert: Buffer, ca: Buffer } }}
 */
function devServerHttps(dir = join(homedir(), '.office-addin-dev-certs')) {
  const paths = Object.fromEntries(Object.entries(CERT_FILES).map(([k, f]) => [k, join(dir, f)]));
  if (!Object.values(paths).every((p) => existsSync(p))) return { type: 'https' };
  return {
    type: 'https',
    options: { key: readFileSync(paths.key), cert: readFileSync(paths.cert), ca: readFileSync(paths.ca) },
  };
}

module.exports = { devServerHttps };
