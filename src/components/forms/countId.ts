/** The id of a field's character count, for its aria-describedby (shared by server and client). */
export const countIdOf = (fieldId: string) => `${fieldId}-count`
