// Points the manifest's URLs at the host the add-in is deployed to. The source manifest names the dev server
// so sideloading during development needs no edits; dist/manifest.xml is the one to publish.
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * @param {string} xml manifest text with https://localhost:3000 URLs
 * @param {string} host where dist/ is served, e.g. https://addins.example.gov.uk/ni-targets/
 * @returns {string}
 */
function rewriteManifestHost(xml, host) {
  const url = new URL(host);
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_HOST must be an https:// URL (Office requires it): ${host}`);
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  // full URLs take the path prefix; bare origins (AppDomain) take only the origin
  return xml.split(`${DEV_ORIGIN}/`).join(base).split(DEV_ORIGIN).join(url.origin);
}

module.exports = { DEV_ORIGIN, rewriteManifestHost };
