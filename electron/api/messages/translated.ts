// The shape every message table in both languages has: the English tree has exactly the keys of the Chinese
// one, so a missing translation fails the type check.

/** The same keys as T, every leaf a string. */
export type Translated<T> = { [K in keyof T]: T[K] extends string ? string : Translated<T[K]> };

export type Language = 'zh-CN' | 'en';
