import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { Mocks } from './render';

/**
 * A mocked mutation, matched whatever its variables, that hands its `input` variable to
 * `onInput` (for the test to check what the form sent) and answers `result`.
 */
export function inputMock(query: Mocks[number]['request']['query'], onInput: (input: Record<string, unknown>) => void, result: Mocks[number]['result']): Mocks[number] {
  return {
    request: {
      query,
      variables: (variables: Record<string, unknown>) => {
        onInput(variables['input'] as Record<string, unknown>);
        return true;
      },
    },
    result,
  };
}

/** Types (or chooses) `value` in the control labelled `label`. */
export function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The server's refusal of an input: BAD_USER_INPUT naming each wrong field with its code (`extensions.fields`). */
export function badUserInput(...fields: { field: string; code: string; message: string }[]): GraphQLError {
  return new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fields } });
}
