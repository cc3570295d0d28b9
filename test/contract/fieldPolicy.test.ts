import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { isObjectType } from 'graphql';
import { publicCoordinatesOf } from '../../gateway/plugins/publicAccessPlugin.js';
import { policyGaps, PUBLIC, ruleOf, type FieldPolicy } from '../../subgraphs/common/auth/fieldPolicy.js';
import { subgraphRegistry } from '../../subgraphs/registry.js';

const policies: Readonly<Record<string, FieldPolicy>> = Object.fromEntries(subgraphRegistry.map((entry) => [entry.name, entry.policy]));

describe('field policies', () => {
  it.each(subgraphRegistry.map((entry) => [entry.name, entry] as const))('%s: every field has a rule, every rule a field', async (name, entry) => {
    const gaps = policyGaps(await entry.createSchema(), policies[name] as FieldPolicy);
    expect(gaps).toEqual({ unlisted: [], stale: [] });
  });

  it('agree with the gateway on what is public: exactly the fields tagged public in the supergraph', async () => {
    const tagged = publicCoordinatesOf(await readFile(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
    const open = new Set<string>();
    for (const entry of subgraphRegistry) {
      const schema = await entry.createSchema();
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__') || type.name === '_Service') continue;
        for (const field of Object.keys(type.getFields())) {
          if (ruleOf(policies[entry.name] as FieldPolicy, type.name, field) === PUBLIC) open.add(`${type.name}.${field}`);
        }
      }
    }
    // Federation's entry point is open in every subgraph: each entity's fields are checked on their own.
    open.delete('Query._entities');
    expect([...open].sort()).toEqual([...tagged].sort());
  });
});
