import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';

/** Text inputs that may be long (files as base64, a CSV import): coordinates in the API schema. */
export const LONG_TEXT_INPUTS: ReadonlySet<string> = new Set([
  'Mutation.importOrganizations(csv:)',
  'EvidenceFileInput.contentBase64',
  'AddAssistanceRequestAttachmentInput.contentBase64',
]);

export interface InputLimits {
  /** The longest any other text input may be, in characters. */
  maxTextLength: number;
}

/** A 400 BAD_USER_INPUT naming what is wrong: the variable, or the argument path (`field.argument.inner`). */
function badInput(message: string, where: { variable?: string; argument?: string }, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, ...where, http: { status: 400 } } });
}

/** A lone half of a UTF-16 surrogate pair (String.prototype.isWellFormed, not in this TypeScript lib yet). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored as it is, or null: NUL bytes (PostgreSQL refuses them) and halves of a surrogate pair. */
function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'contains half of a UTF-16 surrogate pair (not valid Unicode text)';
  return null;
}

/**
 * Checks every input of the operation to execute against the strict schema (custom scalars
 * parsed): its variables, then each field's arguments as they will be given, literals included.
 * Gives the first problem as a coded 400, or null when all is well.
 */
export function inputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  limits: InputLimits,
): GraphQLError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) {
    const error = coerced.errors[0];
    const variable = /Variable "\$(\w+)"/.exec(error.message)?.[1];
    return badInput(error.message, variable ? { variable } : {}, 'INVALID_VALUE');
  }
  const variables = coerced.coerced;
  let problem: GraphQLError | null = null;
  const checkValue = (value: unknown, type: GraphQLInputType, path: string, coordinate: string): void => {
    if (problem || value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      (value as unknown[]).forEach((item, index) => checkValue(item, nullable.ofType, `${path}[${index}]`, coordinate));
      return;
    }
    if (isInputObjectType(nullable)) {
      for (const field of Object.values(nullable.getFields())) {
        checkValue((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, `${nullable.name}.${field.name}`);
      }
      return;
    }
    if (typeof value !== 'string') return;
    const wrong = textProblem(value);
    if (wrong) {
      problem = badInput(`${path} ${wrong}: remove it and send the text again`, { argument: path }, 'INVALID_TEXT');
    } else if (value.length > limits.maxTextLength && !LONG_TEXT_INPUTS.has(coordinate)) {
      problem = badInput(`${path} is ${value.length} characters long, more than the ${limits.maxTextLength} any text here may have`, { argument: path }, 'TOO_LONG');
    }
  };
  const typeInfo = new TypeInfo(schema);
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (problem || !field || !parent || !node.arguments?.length) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(field, node, variables);
          } catch (error) {
            const argument = /Argument "(\w+)"/.exec((error as Error).message)?.[1];
            problem = badInput((error as Error).message, { argument: `${field.name}.${argument ?? ''}`.replace(/\.$/, '') }, 'INVALID_VALUE');
            return;
          }
          for (const argument of field.args) {
            checkValue(values[argument.name], argument.type, `${field.name}.${argument.name}`, `${parent.name}.${field.name}(${argument.name}:)`);
          }
        },
      }),
    );
    if (problem) break;
  }
  return problem;
}

/** Whether a named input type of the schema is one of LONG_TEXT_INPUTS' owners (for a check that the list names real inputs). */
export function longTextInputExists(schema: GraphQLSchema, coordinate: string): boolean {
  const argument = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate);
  if (argument) {
    const owner = schema.getType(argument[1]) as { getFields?: () => Record<string, { args: { name: string }[] }> } | undefined;
    return !!owner?.getFields?.()[argument[2]]?.args.some((arg) => arg.name === argument[3]);
  }
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName);
  return isInputObjectType(type) && !!type.getFields()[fieldName] && getNamedType(type.getFields()[fieldName].type).name === 'String';
}
