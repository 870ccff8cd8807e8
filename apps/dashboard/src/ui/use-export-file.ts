import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import type { DownloadedFile } from './save-file';

/**
 * Runs an export query (one field answering a file) and gives its file, never from the cache: a
 * file is made afresh each time from the current figures. Rejects with the API's error.
 */
export function useExportFile<TData extends Record<string, unknown>, TVariables extends OperationVariables>(query: TypedDocumentNode<TData, TVariables>) {
  const client = useApolloClient();
  return useCallback(
    async (variables: TVariables): Promise<DownloadedFile> => {
      const { data, error } = await client.query<TData, TVariables>({ query, variables, fetchPolicy: 'no-cache' } as never);
      if (error) throw error;
      const file = data ? (Object.values(data).find((value) => value && typeof value === 'object') as DownloadedFile | undefined) : undefined;
      if (!file) throw new Error('The export answered without a file');
      return file;
    },
    [client, query],
  );
}
