/**
 * GovGraph runs on Node 24 LTS, brought in by npm as the `node` package (STYLE.md, "The runtime").
 * Entry points call this first so that running them on an older system Node fails at once with a
 * clear message instead of an obscure error later.
 */
export function assertNodeVersion(minimumMajor = 24): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < minimumMajor) {
    console.error(
      `GovGraph needs Node ${minimumMajor} or newer; this is Node ${process.versions.node}. ` +
        'Run it through npm (npm start, npm test, npm run …), which uses the Node 24 that `npm install` brought in.',
    );
    process.exit(1);
  }
}
