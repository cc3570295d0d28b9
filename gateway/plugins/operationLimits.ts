/**
 * Limits on the parsed operation, from graphql-armor: depth, aliases, directives and estimated
 * cost as validation rules, and, in production, field suggestions hidden from error messages.
 * (The token limit is checked before parsing, in `requestLimits.ts`; introspection is turned off
 * in production by Apollo Server's own `introspection` option.)
 *
 * Every rejection is a `GraphQLError` with code `OPERATION_LIMIT_EXCEEDED` and a message naming
 * the limit and its value, reported through armor's `onReject` hook with `propagateOnRejection`
 * off (armor's default reporter would give it `BAD_USER_INPUT` and a "Syntax Error" message).
 * Apollo Server re-codes every validation error as `GRAPHQL_VALIDATION_FAILED`, keeping the
 * rule's error as `originalError`; `createFormatError` gives the client the rule's own code back.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  GraphQLError,
  Kind,
  getEnterLeaveForKind,
  visit,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ErrorCode } from '../../schema/errorCodes.js';
import { MAX_PAGE_SIZE } from '../../subgraphs/common/schema/arguments.js';

/** Options of `createOperationLimits`; the limits come from config. */
export interface OperationLimitsOptions {
  /** Deepest nesting of fields, fragments adding no level (config `maxDepth`). */
  readonly maxDepth: number;
  /** Most aliases, `__typename` aliases not counted (config `maxAliases`). */
  readonly maxAliases: number;
  /** Highest estimated cost (config `maxCost`). */
  readonly maxCost: number;
  /** Most directives (config `maxDirectives`). */
  readonly maxDirectives: number;
  /** Replace "Did you mean …" suggestions in error messages; on in production. */
  readonly hideSuggestions: boolean;
}

/** What to add to Apollo Server's configuration. */
export interface OperationLimits {
  readonly validationRules: ValidationRule[];
  readonly plugins: ApolloServerPlugin[];
}

const LIMIT_CODE: ErrorCode = 'OPERATION_LIMIT_EXCEEDED';

/** Builds the validation rules and plugins that apply the operation limits. */
export function createOperationLimits(options: OperationLimitsOptions): OperationLimits {
  const { maxDepth, maxAliases, maxCost, maxDirectives, hideSuggestions } = options;
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: hideSuggestions },
    // Flattened, a fragment adds no level of its own. Unflattened, armor counts every named
    // fragment spread as two more levels, which punishes clients that colocate fragments rather
    // than deep queries. The cost rule below is flattened for the same reason.
    maxDepth: { n: maxDepth, flattenFragments: true, ...rejectWith(`The operation exceeds the depth limit of ${maxDepth}.`) },
    maxAliases: { n: maxAliases, ...rejectWith(`The operation exceeds the alias limit of ${maxAliases}.`) },
    maxDirectives: { n: maxDirectives, ...rejectWith(`The operation exceeds the directive limit of ${maxDirectives}.`) },
    // Applied below, with page sizes capped.
    costLimit: { enabled: false },
    // Applied before parsing, in requestLimits.ts (see there why not through armor's Apollo plugin).
    maxTokens: { enabled: false },
  }).protect();
  const costRule = costLimitRule({
    maxCost,
    flattenFragments: true,
    ...rejectWith(`The operation exceeds the cost limit of ${maxCost}.`),
  });
  return {
    validationRules: [...armor.validationRules, withPageSizesCapped(costRule, MAX_PAGE_SIZE)],
    // graphql-armor ships CommonJS type declarations only, which see @apollo/server's CommonJS
    // declarations; at run time its plugins are plain objects, whichever build loads them.
    plugins: armor.plugins as unknown as ApolloServerPlugin[],
  };
}

/** armor callback options that report one coded error instead of armor's own. */
function rejectWith(message: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) => {
        context?.reportError(new GraphQLError(message, { extensions: { code: LIMIT_CODE } }));
      },
    ],
  };
}

/**
 * armor's cost model multiplies a selection by a literal `first:`/`last:` page size. Subgraphs
 * never give more than `maxPageSize` items (a larger `first` gets a `BAD_USER_INPUT` on that
 * field alone), so the rule sees page sizes capped at it: `first: 100000` costs what `first: 100`
 * does and the client gets the subgraph's precise error rather than a refusal of the whole
 * operation. The operation and every fragment the rule looks up are capped. (armor's cost rule
 * does all its work on entering an operation, so that is the one visit forwarded.)
 */
function withPageSizesCapped(rule: ValidationRule, maxPageSize: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode | null | undefined>();
    const capped: ValidationContext = Object.create(context, {
      getFragment: {
        value: (name: string) => {
          if (!fragments.has(name)) {
            const fragment = context.getFragment(name);
            fragments.set(name, fragment && capPageSizes(fragment, maxPageSize));
          }
          return fragments.get(name);
        },
      },
    });
    const visitor = rule(capped);
    const { enter } = getEnterLeaveForKind(visitor, Kind.OPERATION_DEFINITION);
    return {
      OperationDefinition: {
        enter(node, key, parent, path, ancestors) {
          return enter?.call(visitor, capPageSizes(node, maxPageSize), key, parent, path, ancestors);
        },
      },
    };
  };
}

function capPageSizes<T extends OperationDefinitionNode | FragmentDefinitionNode>(node: T, maxPageSize: number): T {
  return visit(node, {
    Argument(argument) {
      const { name, value } = argument;
      if ((name.value === 'first' || name.value === 'last') && value.kind === Kind.INT && Number(value.value) > maxPageSize) {
        return { ...argument, value: { ...value, value: String(maxPageSize) } };
      }
      return undefined;
    },
  });
}
