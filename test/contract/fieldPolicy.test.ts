import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { policyGaps, type FieldPolicy } from '../../subgraphs/common/auth/fieldPolicy.js';
import { documentsPolicy } from '../../subgraphs/documents/documentsPolicy.js';
import { dossiersPolicy } from '../../subgraphs/dossiers/dossiersPolicy.js';
import { feedbackPolicy } from '../../subgraphs/feedback/feedbackPolicy.js';
import { identityPolicy } from '../../subgraphs/identity/identityPolicy.js';
import { reportingPolicy } from '../../subgraphs/reporting/reportingPolicy.js';
import { subgraphRegistry } from '../../subgraphs/registry.js';

const policies: Readonly<Record<string, FieldPolicy>> = {
  identity: identityPolicy,
  documents: documentsPolicy,
  dossiers: dossiersPolicy,
  reporting: reportingPolicy,
  feedback: feedbackPolicy,
};

describe('field policies', () => {
  it('cover every subgraph', () => {
    expect(Object.keys(policies).sort()).toEqual(subgraphRegistry.map((entry) => entry.name).sort());
  });

  it.each(subgraphRegistry.map((entry) => [entry.name, entry] as const))('%s: every field has a rule, every rule a field', async (name, entry) => {
    const gaps = policyGaps(await entry.createSchema(), policies[name] as FieldPolicy);
    expect(gaps).toEqual({ unlisted: [], stale: [] });
  });
});
