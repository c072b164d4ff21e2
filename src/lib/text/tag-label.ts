/** A tag as readers see it, in the Tag menu, the event panel and a view's description: "prisoner exchange". */
export const tagLabel = (tag: string): string => tag.replace(/-/g, ' ');
