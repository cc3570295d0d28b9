import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { GovGraphError } from '../errors/GovGraphError.js';
import type { RequestAccess } from './RequestAccess.js';
import { hasRole, hasScope, type Principal, type Role, type Scope } from './Principal.js';

/**
 * Authorization of every field of a subgraph, deny by default (ARCHITECTURE.md §4, issue part 4).
 *
 * `enforceFieldPolicy` wraps the resolver of **every** field of the built schema — type-graphql's,
 * the default property resolver, and federation's own (`_entities`, `_service`) — with the rule its
 * coordinate has in the subgraph's policy. A field the policy does not name is refused, so a field
 * added without a rule is denied, not served. A refusal is a coded error on that field only
 * (`UNAUTHENTICATED` for a caller without a token, `FORBIDDEN` otherwise): the rest of the answer
 * still comes.
 *
 * A policy maps `Type.field` (or `Type.*`, every field of a type not named on its own) to a rule.
 * `Type.*` is for types only reachable through guarded fields, or whose every field answers the
 * same question (a dossier's fields: may the caller see this dossier?).
 */

/** What a rule sees of one field resolution. */
export interface FieldCheck {
  readonly access: RequestAccess;
  /** The subgraph's request context (its loaders), for rules that must look something up. */
  readonly context: unknown;
  readonly coordinate: string;
  readonly parent: unknown;
  readonly args: Readonly<Record<string, unknown>>;
}

export interface FieldRule {
  /** What the rule allows, in words: the operators' documentation is generated from it. */
  readonly description: string;
  /** Runs before the resolver; throws (or rejects) to refuse. */
  readonly before?: (check: FieldCheck) => void | Promise<void>;
  /** Runs on the resolved value before it is returned; throws to refuse it. */
  readonly after?: (value: unknown, check: FieldCheck) => void | Promise<void>;
}

export type FieldPolicy = Readonly<Record<string, FieldRule>>;

/** The refusal of a field: `UNAUTHENTICATED` without a token, `FORBIDDEN` with one. */
export function refusal(check: Pick<FieldCheck, 'access' | 'coordinate'>, reason: string): GovGraphError {
  if (check.access.principal.kind === 'anonymous') {
    return new GovGraphError('UNAUTHENTICATED', `${check.coordinate} needs an access token.`, { extensions: { field: check.coordinate } });
  }
  return new GovGraphError('FORBIDDEN', `You may not read ${check.coordinate}: ${reason}.`, { extensions: { field: check.coordinate } });
}

type Predicate = (check: FieldCheck) => boolean | Promise<boolean>;

/** A rule that allows the field when `predicate` holds, else refuses it with `reason`. */
export function allowWhen(description: string, reason: string, predicate: Predicate): FieldRule {
  return {
    description,
    before(check) {
      const allowed = predicate(check);
      if (allowed === true) return;
      if (allowed === false) throw refusal(check, reason);
      return allowed.then((ok) => {
        if (!ok) throw refusal(check, reason);
      });
    },
  };
}

/** A rule on the resolved value: allowed when `predicate(value)` holds (a `null` value always is). */
export function allowResultWhen(description: string, reason: string, predicate: (value: unknown, check: FieldCheck) => boolean | Promise<boolean>): FieldRule {
  return {
    description,
    async after(value, check) {
      if (value === null || value === undefined) return;
      if (!(await predicate(value, check))) throw refusal(check, reason);
    },
  };
}

/** Both rules must allow. */
export function both(first: FieldRule, second: FieldRule): FieldRule {
  return {
    description: `${first.description}, and ${second.description}`,
    async before(check) {
      await first.before?.(check);
      await second.before?.(check);
    },
    async after(value, check) {
      await first.after?.(value, check);
      await second.after?.(value, check);
    },
  };
}

const isOfficial = (principal: Principal): boolean => principal.kind === 'official';
const isSignedInPerson = (principal: Principal): boolean => principal.kind === 'official' || principal.kind === 'citizen';

/** Anyone, without a token too. Only for fields tagged `@tag(name: "public")` and entity keys. */
export const PUBLIC: FieldRule = Object.freeze({ description: 'anyone, without a token too' });

/** Officials and citizens (not partner systems, whose reads are listed field by field). */
export const SIGNED_IN: FieldRule = allowWhen('officials and citizens', 'only officials and citizens may', ({ access }) => isSignedInPerson(access.principal));

/** Any caller with a token: officials, citizens and partner systems. */
export const AUTHENTICATED: FieldRule = allowWhen('any caller with a token', 'a token is needed', ({ access }) => access.principal.kind !== 'anonymous');

/** Officials, optionally holding one of `roles` and every scope of `scopes`. */
export function officials(options: { readonly roles?: readonly Role[]; readonly scopes?: readonly Scope[] } = {}): FieldRule {
  const { roles = [], scopes = [] } = options;
  const needs = [roles.length > 0 ? `role ${roles.join(' or ')}` : '', scopes.length > 0 ? `scope ${scopes.join(' and ')}` : ''].filter(Boolean).join(' and ');
  return allowWhen(
    needs === '' ? 'officials' : `officials with ${needs}`,
    needs === '' ? 'only officials may' : `only officials with ${needs} may`,
    ({ access }) =>
      isOfficial(access.principal) &&
      (roles.length === 0 || roles.some((role) => hasRole(access.principal, role))) &&
      scopes.every((scope) => hasScope(access.principal, scope)),
  );
}

/** Whether every given agency is in the caller's scope (none given: not allowed). */
export async function inScope(access: RequestAccess, codes: readonly (string | null | undefined)[]): Promise<boolean> {
  const wanted = codes.filter((code): code is string => typeof code === 'string' && code !== '');
  if (wanted.length === 0 || access.principal.kind !== 'official') return false;
  const scope = await access.agencyScope();
  return wanted.every((code) => scope.includes(code));
}

/** Whether any of the given agencies is in the caller's scope. */
export async function anyInScope(access: RequestAccess, codes: readonly (string | null | undefined)[]): Promise<boolean> {
  if (access.principal.kind !== 'official') return false;
  const scope = await access.agencyScope();
  return codes.some((code) => typeof code === 'string' && scope.includes(code));
}

/** The reason given when an agency is not in the caller's scope. */
export const OUT_OF_SCOPE = 'the agency is outside your agency scope';

/** Officials whose scope holds the agency `agencyOf` names (the parent's, or an argument's). */
export function inAgencyScope(description: string, agencyOf: (check: FieldCheck) => string | null | undefined): FieldRule {
  return allowWhen(`officials whose agency scope holds ${description}`, OUT_OF_SCOPE, (check) => inScope(check.access, [agencyOf(check)]));
}

/**
 * The check of an entity's reference resolver (`_entities`): the record loaded for a
 * representation is returned only if `canSee` allows it, else that entity alone is refused.
 */
export async function visibleReference<T>(
  access: RequestAccess,
  typeName: string,
  record: T | null,
  canSee: (access: RequestAccess, record: T) => boolean | Promise<boolean>,
): Promise<T | null> {
  if (record === null) return null;
  if (!(await canSee(access, record))) throw refusal({ access, coordinate: typeName }, OUT_OF_SCOPE);
  return record;
}

/** The parent object's agency code, for fields on Agency. */
export const parentAgency = (check: FieldCheck): string | undefined => (check.parent as { code?: string } | null)?.code;

/**
 * Rules every subgraph shares: federation's entry points (each entity's fields are checked on
 * their own, and reference resolvers check the records they load), the shared public types, and
 * Agency's key, which every subgraph resolves for everyone who may see the agency at all.
 */
export const SHARED_POLICY: FieldPolicy = {
  'Query._entities': PUBLIC,
  'Query._service': AUTHENTICATED,
  '_Service.sdl': AUTHENTICATED,
  'PageInfo.*': PUBLIC,
  'Provenance.*': PUBLIC,
  'Agency.code': PUBLIC,
};

/** Every field of a type not named in the policy is refused: the deny of "deny by default". */
export const UNLISTED: FieldRule = {
  description: 'nobody (the field is not in the policy)',
  before(check) {
    throw refusal(check, 'the field is not in this subgraph\'s authorization policy');
  },
};

/** The rule of a coordinate: its own, else its type's `Type.*`, else {@link UNLISTED}. */
export function ruleOf(policy: FieldPolicy, typeName: string, fieldName: string): FieldRule {
  return policy[`${typeName}.${fieldName}`] ?? policy[`${typeName}.*`] ?? UNLISTED;
}

/** The object types whose fields a policy governs: every one but introspection's. */
function governedTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith('__')).filter(isObjectType);
}

/**
 * Wraps the resolver of every field of `schema` with its rule. `accessOf` finds the request's
 * access in the context. Call once, on the schema the server serves.
 */
export function enforceFieldPolicy<TContext>(schema: GraphQLSchema, policy: FieldPolicy, accessOf: (context: TContext) => RequestAccess): GraphQLSchema {
  for (const type of governedTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(policy, type.name, field.name);
      if (rule === PUBLIC) continue;
      const coordinate = `${type.name}.${field.name}`;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, TContext>;
      field.resolve = (parent, args, context, info) => {
        const check: FieldCheck = { access: accessOf(context), context, coordinate, parent, args };
        const run = (): unknown => {
          const value = resolve(parent, args, context, info);
          if (!rule.after) return value;
          return Promise.resolve(value).then(async (resolved) => {
            await rule.after?.(resolved, check);
            return resolved;
          });
        };
        const before = rule.before?.(check);
        return before instanceof Promise ? before.then(run) : run();
      };
    }
  }
  return schema;
}

/**
 * How a policy and a schema disagree: fields without a rule of their own or of their type, and
 * policy keys (other than the shared ones) that name no field or type. A test asserts both are empty for every subgraph.
 */
export function policyGaps(schema: GraphQLSchema, policy: FieldPolicy): { unlisted: string[]; stale: string[] } {
  const coordinates = new Set<string>();
  const typeNames = new Set<string>();
  const unlisted: string[] = [];
  for (const type of governedTypes(schema)) {
    typeNames.add(type.name);
    for (const field of Object.values(type.getFields())) {
      coordinates.add(`${type.name}.${field.name}`);
      if (ruleOf(policy, type.name, field.name) === UNLISTED) unlisted.push(`${type.name}.${field.name}`);
    }
  }
  // The shared rules name types some subgraphs do not have (Provenance): they are never stale.
  const stale = Object.keys(policy)
    .filter((key) => !Object.hasOwn(SHARED_POLICY, key))
    .filter((key) => (key.endsWith('.*') ? !typeNames.has(key.slice(0, -2)) : !coordinates.has(key)));
  return { unlisted, stale };
}
