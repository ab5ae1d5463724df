// Builds the add-in's pages: the task pane (React), the ribbon's function file (commands.html), the
// ribbon's summary dialog (dialog.html) and the browser workbench (workbench.html, no Office needed).
//   npm run build                        production build into dist/, manifest URLs -> ADDIN_HOST
//   npm start                            https dev server on https://localhost:3000
//   npm run workbench                    http dev server on http://localhost:3001/workbench.html
//   OFFICE_JS=local (or --env officeJs=local)  serve office.js from node_modules, for offline tests
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_ORIGIN, rewriteManifestHost } = require('./scripts/manifest-host');
const { devServerHttps } = require('./scripts/dev-certs');
const { sideloadInstructions } = require('./scripts/sideload-help');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
// office.js fetches host and locale files beside itself; these are the ones Excel and a plain browser use
const OFFICE_JS_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'excel-*.js',
  'en-us/*',
  'en-gb/*',
];

/** The pages, each an entry with its own HTML; manifest.xml points at these file names. */
const PAGES = {
  taskpane: { entry: './src/surfaces/taskpane/index.tsx', template: './src/surfaces/taskpane/taskpane.html' },
  commands: {
    entry: './src/surfaces/commands/commands.ts',
    template: './src/surfaces/commands/commands.html',
  },
  dialog: { entry: './src/surfaces/commands/dialog.ts', template: './src/surfaces/commands/dialog.html' },
  workbench: {
    entry: './src/surfaces/workbench/index.tsx',
    template: './src/surfaces/workbench/workbench.html',
  },
};

const WORKBENCH_PORT = 3001;

/** @param {keyof typeof PAGES} name @param {string} officeJsUrl */
const htmlPage = (name, officeJsUrl) =>
  new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: PAGES[name].template,
    chunks: [name],
    officeJsUrl,
  });

/** @param {string} from a glob inside @microsoft/office-js/dist */
const officeJsCopy = (from) => ({
  from,
  context: OFFICE_JS_DIR,
  to: 'office-js/[path][name][ext]',
  globOptions: { ignore: ['**/*.debug.js'] },
  info: { minimized: true }, // already minified by Microsoft; terser would take a minute
});

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const localOfficeJs = (env.officeJs || process.env.OFFICE_JS) === 'local';
  const addinHost = process.env.ADDIN_HOST || `${DEV_ORIGIN}/`;
  const officeJsUrl = localOfficeJs ? 'office-js/office.js' : OFFICE_JS_CDN;
  const workbench = Boolean(env.workbench);
  const patterns = [
    { from: 'assets', to: 'assets' },
    // the workbench opens it with ?sample=1
    { from: 'samples/sample-plan.xlsx', to: 'sample-plan.xlsx' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (xml) => rewriteManifestHost(xml.toString(), addinHost),
    },
  ].concat(localOfficeJs ? OFFICE_JS_FILES.map(officeJsCopy) : []);

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: Object.fromEntries(Object.entries(PAGES).map(([name, page]) => [name, page.entry])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: { buffer: require.resolve('buffer/') } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2019',
              },
            },
          },
        },
      ],
    },
    performance: { hints: false }, // scripts/report-size.js holds the real budget (gzip, first load only)
    plugins: [
      ...Object.keys(PAGES).map((name) => htmlPage(name, officeJsUrl)),
      new CopyWebpackPlugin({ patterns }),
      // the .xlsx gateway's file sniffing and the Word export use Node's Buffer; browsers get the polyfill
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
    ],
    devServer: workbench
      ? {
          port: WORKBENCH_PORT,
          host: 'localhost',
          static: false,
          // the e2e test and CI start it headless: NO_OPEN=1 (or CI) keeps the browser shut
          open: process.env.CI || process.env.NO_OPEN ? false : ['/workbench.html?sample=1'],
          onListening: () =>
            console.log(`NI Targets workbench: http://localhost:${WORKBENCH_PORT}/workbench.html?sample=1`),
          client: { overlay: { warnings: false } },
        }
      : {
          port: 3000,
          server: devServerHttps(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: { overlay: { warnings: false } },
          onListening: () => console.log(sideloadInstructions(DEV_ORIGIN)),
        },
  };
};

module.exports.PAGES = PAGES;
