/** Who reads the analytics API, said the same way on every root field. */
export const INSIGHT_READERS_NOTE =
  'Republican administrators, analysts and partner keys with analytics:read read every region; regional staff their own region ' +
  '(the default), another is FORBIDDEN (OTHER_REGION).';
