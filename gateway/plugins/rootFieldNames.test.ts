import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isIntrospectionOnly, rootFieldNames } from './rootFieldNames.js';

describe('rootFieldNames', () => {
  it('expands fragments and inline fragments, and only the named operation when one is named', () => {
    const document = parse('query A { ...F ... on Query { b } } query B { __schema { types { name } } } fragment F on Query { a { x } }');
    expect(rootFieldNames(document, 'A')).toEqual(['a', 'b']);
    expect(rootFieldNames(document, 'B')).toEqual(['__schema']);
    expect(rootFieldNames(document)).toEqual(['a', 'b', '__schema']);
  });

  it('ends on a fragment cycle or an unknown fragment instead of looping', () => {
    expect(rootFieldNames(parse('{ ...F } fragment F on Query { a ...G } fragment G on Query { b ...F ...Missing }'))).toEqual(['a', 'b']);
  });
});

describe('isIntrospectionOnly', () => {
  it('is true when every root field is an introspection field, hidden in a fragment or not', () => {
    expect(isIntrospectionOnly(parse('{ __schema { types { name } } __typename }'))).toBe(true);
    expect(isIntrospectionOnly(parse('{ ...F } fragment F on Query { __type(name: "A") { name } }'))).toBe(true);
    expect(isIntrospectionOnly(parse('{ ...F __schema { types { name } } } fragment F on Query { agency(code: "x") { code } }'))).toBe(false);
    expect(isIntrospectionOnly(parse('{ agency(code: "x") { __typename } }'))).toBe(false);
  });
});
