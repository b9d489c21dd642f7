// A person of the registry as every layer stores and shows them.

/** 男 / 女, as the ID number's 17th digit says (odd: M). */
export const GENDERS = ['M', 'F'] as const;
export type Gender = (typeof GENDERS)[number];
