import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { describe, expect, it } from 'vitest';
import { createFeedbackSchema } from './createFeedbackSchema.js';

// Its own file: type-graphql reorders a field's arguments when a schema is built again after
// resolvers have run in the same process (see the report that came with this room).
describe('the feedback subgraph schema', () => {
  it('publishes @keys on Agency and Feedback, a nullable feedbackSummary, and no field about the sender', async () => {
    const sdl = printSchemaWithDirectives(await createFeedbackSchema());
    expect(sdl).toMatch(/type Agency @key\(fields: "code"\)/);
    expect(sdl).toMatch(/type Feedback @key\(fields: "id"\)/);
    expect(sdl).toMatch(/feedbackSummary\(from: Date!, to: Date!\): FeedbackSummary\n/);
    const feedbackType = /type Feedback @key[^}]*}/.exec(sdl)?.[0] ?? '';
    const fields = [...feedbackType.matchAll(/^ {2}(\w+)[(:]/gm)].map((match) => match[1]);
    expect(fields).toEqual([
      'id', 'channel', 'category', 'categoryName', 'content', 'severity', 'receivedAt', 'acceptDeadline', 'resolveDeadline', 'status',
      'acceptedAt', 'closedAt', 'published', 'satisfaction', 'location', 'handlingAgency',
    ]);
  });
});
