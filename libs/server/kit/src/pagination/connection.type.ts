import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: 'Where a page of a connection ends and whether more follow.' })
export class PageInfo {
  @Field({ description: 'True when another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type named `<name>Connection` with `<name>Edge` edges. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} record of a page, with its position.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this edge.' })
    cursor: string;

    @Field(() => node, { description: `The ${name} record.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The records of this page, in order.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page ends and whether another follows.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many records match, across all pages.' })
    totalCount: number;
  }
  return Connection;
}
