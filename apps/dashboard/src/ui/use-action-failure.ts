import { useState } from 'react';

/**
 * What went wrong with the last action a person started (a button's mutation or download):
 * `run(action)` forgets the previous failure, runs it and keeps why it failed, for
 * `ErrorNotice` or `FormFailure`.
 */
export function useActionFailure() {
  const [failure, setFailure] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    }
  };
  return { failure, run };
}
