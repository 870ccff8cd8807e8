export { generate, type GenerateOptions, type GenerateResult } from './generate';
export type { GenerateProgress } from './context';
export { planFor, PER_SCALE } from './plan';
export { GENERATED_RANGE, generatedId } from './ids';
