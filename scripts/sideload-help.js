// Printed when `npm start` is listening: Excel has to be told about the add-in before it shows the buttons.

/** @param {string} origin e.g. https://localhost:3000 */
function sideloadInstructions(origin) {
  return [
    '',
    `NI Targets dev server: ${origin}/taskpane.html`,
    '',
    'Load it into Excel with manifest.xml (in the repository root):',
    '  Excel on the web: Insert > Add-ins > Upload My Add-in > choose manifest.xml.',
    '  Excel on Windows: `npx office-addin-debugging start manifest.xml desktop`, or share a folder holding',
    '    manifest.xml, add it under File > Options > Trust Center > Trusted Add-in Catalogs, restart Excel,',
    '    then Insert > My Add-ins > Shared Folder.',
    '  Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/',
    '    (create the folder if needed), restart Excel, then Insert > My Add-ins.',
    '',
    'If Excel refuses the page, trust the certificate: `npx office-addin-dev-certs install` (needs admin),',
    `or open ${origin}/taskpane.html in your browser once and accept it.`,
    '',
  ].join('\n');
}

module.exports = { sideloadInstructions };
