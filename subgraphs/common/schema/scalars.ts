import { GraphQLScalarType, Kind } from 'graphql';
import { toVietnamIso } from '../legacy/legacyFormat.js';

/**
 * `Date`: a calendar date in the business time zone (Asia/Ho_Chi_Minh), `YYYY-MM-DD`.
 * The scalar only checks the shape; resolvers check ranges and name the argument in the error
 * (see `parseDateArgument`), so a bad date fails its own field and not the whole request.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Calendar date in Vietnam time (Asia/Ho_Chi_Minh), ISO 8601 `YYYY-MM-DD`.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string') throw new TypeError('Date must be a string YYYY-MM-DD.');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string YYYY-MM-DD.');
    return ast.value;
  },
});

/** `DateTime`: an instant, ISO 8601 with its offset (GovGraph answers with `+07:00`). */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'Instant, ISO 8601 with an offset, e.g. `2025-03-05T14:07:00+07:00`.',
  serialize: (value) => (value instanceof Date ? toVietnamIso(value) : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new TypeError('DateTime must be an ISO 8601 string with an offset.');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) throw new TypeError('DateTime must be an ISO 8601 string with an offset.');
    return ast.value;
  },
});
