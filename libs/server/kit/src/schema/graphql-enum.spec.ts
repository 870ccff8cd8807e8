import 'reflect-metadata';
import { graphql, printType, type GraphQLEnumType } from 'graphql';
import { buildSchema, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { graphqlEnum, labelDescriptions, registerGraphqlEnum, type EnumValue } from './graphql-enum';

const Light = graphqlEnum('Light', 'A traffic light.', { RED: 'Stop.', AMBER: null, GREEN: 'Go.' });
type Light = EnumValue<typeof Light>;

const Shape = graphqlEnum('Shape', 'A shape with no value described.', ['SQUARE', 'CIRCLE']);
type Shape = EnumValue<typeof Shape>;

/** An enum declared without type-graphql (as libs/shared does), its stored values unlike its names. */
enum Size {
  SMALL = 'small',
  LARGE = 'large',
}
registerGraphqlEnum(Size, 'Size', 'How big.', labelDescriptions({ SMALL: { kk: 'Кіші', ru: 'Маленький', en: 'Small' }, LARGE: { kk: 'Үлкен', ru: 'Большой', en: 'Large' } }));

@ObjectType()
class Lamp {
  @Field(() => Light)
  light: Light;

  @Field(() => Shape)
  shape: Shape;

  @Field(() => Size)
  size: Size;
}

@Resolver()
class LampResolver {
  @Query(() => Lamp)
  lamp(): Lamp {
    return { light: Light.GREEN, shape: Shape.CIRCLE, size: Size.LARGE };
  }
}

describe('graphqlEnum', () => {
  it('returns a frozen object of its values under their own names, in the order written', () => {
    expect(Light).toEqual({ RED: 'RED', AMBER: 'AMBER', GREEN: 'GREEN' });
    expect(Object.values(Light)).toEqual(['RED', 'AMBER', 'GREEN']);
    expect(Object.isFrozen(Light)).toBe(true);
    expect(Object.values(Shape)).toEqual(['SQUARE', 'CIRCLE']);
    const described: Record<Light, string> = { RED: 'r', AMBER: 'a', GREEN: 'g' };
    expect(described[Light.AMBER]).toBe('a');
  });

  it('registers it in the schema with its description and the descriptions of its values', async () => {
    const schema = await buildSchema({ resolvers: [LampResolver], validate: false });
    expect(printType(schema.getType('Light') as GraphQLEnumType)).toBe(
      ['"""A traffic light."""', 'enum Light {', '  """Stop."""', '  RED', '  AMBER', '', '  """Go."""', '  GREEN', '}'].join('\n'),
    );
    expect(printType(schema.getType('Shape') as GraphQLEnumType)).toBe(['"""A shape with no value described."""', 'enum Shape {', '  SQUARE', '  CIRCLE', '}'].join('\n'));
  });

  it('registers an enum declared elsewhere, its values described by their English labels', async () => {
    const schema = await buildSchema({ resolvers: [LampResolver], validate: false });
    expect(printType(schema.getType('Size') as GraphQLEnumType)).toBe(
      ['"""How big."""', 'enum Size {', '  """Small."""', '  SMALL', '', '  """Large."""', '  LARGE', '}'].join('\n'),
    );
    const result = await graphql({ schema, source: '{ lamp { light shape size } }' });
    expect(result).toEqual({ data: { lamp: { light: 'GREEN', shape: 'CIRCLE', size: 'LARGE' } } });
  });
});
