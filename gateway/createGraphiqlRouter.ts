/**
 * GraphiQL that works offline: the page, React, ReactDOM and GraphiQL's UMD bundle are all served
 * by the gateway from node_modules, so a developer on a government network with no internet (or a
 * CDN being down) still has the IDE, and no third party learns who browses the schema.
 */
import express, { type Request, type Response, type Router } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Where the page loads its files from. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/assets';

/** The query shown the first time a browser opens GraphiQL (GraphiQL remembers edits afterwards). */
export const DEFAULT_GRAPHIQL_QUERY = `# GovGraph: one graph over the city's back-office systems.
# Run with Ctrl-Enter; the documentation explorer (top left) lists every type and field.
query AgencyOverview {
  agency(code: "000.00.00.H26") {
    code
    name
    level
  }
}
`;

/** Options of `createGraphiqlRouter`. */
export interface GraphiqlRouterOptions {
  /** Path of the GraphQL endpoint the page sends operations to. Default `/graphql`. */
  readonly endpoint?: string;
  /** The example query in the editor. Default `DEFAULT_GRAPHIQL_QUERY`. */
  readonly defaultQuery?: string;
}

const require = createRequire(import.meta.url);

/** File in a package's directory; graphiql's `exports` map hides its UMD bundle from `require.resolve`. */
function packageFile(packageName: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), file);
}

/**
 * Content-Security-Policy of the page. `'self'` everywhere makes "offline" enforced by the browser,
 * not just intended: a stray CDN URL would be blocked. Styles allow inline because GraphiQL and
 * CodeMirror set them at run time; fonts and icons are data: URIs inside graphiql.min.css.
 */
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Routes `GET /graphiql`, `GET /graphiql/assets/<file>`, and `GET /graphql` when the client prefers
 * HTML (a browser); other `/graphql` requests pass through to Apollo Server. Mount it only outside
 * production: there the routes do not exist.
 */
export function createGraphiqlRouter(options: GraphiqlRouterOptions = {}): Router {
  const endpoint = options.endpoint ?? '/graphql';
  const assets = new Map<string, string>([
    ['react.production.min.js', packageFile('react', 'umd/react.production.min.js')],
    ['react-dom.production.min.js', packageFile('react-dom', 'umd/react-dom.production.min.js')],
    ['graphiql.min.js', packageFile('graphiql', 'graphiql.min.js')],
    ['graphiql.min.css', packageFile('graphiql', 'graphiql.min.css')],
  ]);
  const page = renderPage({ endpoint, defaultQuery: options.defaultQuery ?? DEFAULT_GRAPHIQL_QUERY });

  const sendPage = (_req: Request, res: Response) => {
    res
      .status(200)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PAGE_CSP,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(page);
  };

  const router = express.Router();
  router.get('/graphiql', sendPage);
  router.get(endpoint, (req, res, next) => {
    if (prefersHtml(req)) sendPage(req, res);
    else next();
  });
  router.get(`${GRAPHIQL_ASSETS_PATH}/graphiql-init.js`, (_req, res) => {
    res.status(200).set({ 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }).send(INIT_SCRIPT);
  });
  router.get(`${GRAPHIQL_ASSETS_PATH}/:file`, (req, res, next) => {
    const file = assets.get(req.params['file'] ?? '');
    if (file === undefined) {
      next();
      return;
    }
    res.sendFile(file, { maxAge: '1d', headers: { 'X-Content-Type-Options': 'nosniff' } }, (error) => {
      if (error) next(error);
    });
  });
  return router;
}

/** The same negotiation Apollo Server uses to decide a GET is a browser wanting a page. */
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * Start-up code in a file of its own so the page needs no inline script and the CSP can stay
 * `script-src 'self'`. It reads its settings from the page's JSON block.
 */
const INIT_SCRIPT = `(function () {
  var settings = JSON.parse(document.getElementById('graphiql-settings').textContent);
  var fetcher = GraphiQL.createFetcher({ url: settings.endpoint });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: settings.defaultQuery,
      defaultEditorToolsVisibility: true
    })
  );
})();
`;

function renderPage(settings: { endpoint: string; defaultQuery: string }): string {
  // JSON inside <script> must not be able to close the element.
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>GovGraph · GraphiQL</title>
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}/graphiql.min.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script type="application/json" id="graphiql-settings">${json}</script>
    <script src="${GRAPHIQL_ASSETS_PATH}/react.production.min.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/react-dom.production.min.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/graphiql.min.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/graphiql-init.js"></script>
  </body>
</html>
`;
}
