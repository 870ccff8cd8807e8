import { Field, ObjectType } from 'type-graphql';
import { ReportLabel } from '../../report-forms/report-label.type';

@ObjectType({
  description:
    'A figure Birge already knows for a region and period (from the facts other subgraphs publish), which a NUMBER field of a report form may be ' +
    'pre-filled with. The front office sees the figure and its source, and may override it only with a comment.',
})
export class ReportPrefillSource {
  @Field({ description: 'The stable key a form field names the source by.' })
  key: string;

  @Field(() => ReportLabel, { description: 'The name of the figure.' })
  label: ReportLabel;

  @Field(() => ReportLabel, { description: 'How the figure is counted.' })
  description: ReportLabel;
}
