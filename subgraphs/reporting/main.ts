import { assertNodeVersion } from '../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { runSubgraph } = await import('../common/runtime/runSubgraph.js');
const { subgraphRegistry } = await import('../registry.js');
await runSubgraph(subgraphRegistry.find((entry) => entry.name === 'reporting')!, process.env);
