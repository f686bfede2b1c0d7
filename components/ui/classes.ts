/**
 * Joins class names, leaving out the falsy ones.
 * @example classes('btn', primary && 'btn--primary') // 'btn btn--primary'
 */
export const classes = (...names: Array<string | false | null | undefined>): string => names.filter(Boolean).join(' ');
