/**
 * Lower-case words joined by hyphens: the schema's shape for kinds, statuses, tracks and the slug of an id.
 * Safe as part of a CSS class name or a file name.
 */
export const isKebabCase = (value: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
