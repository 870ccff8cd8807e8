import { graphql } from '../gql';

/** What the Download control needs of an export field's answer. */
export const ExportFileFields = graphql(`
  fragment ExportFileFields on ExportFile {
    fileName
    contentType
    contentBase64
    byteSize
  }
`);
