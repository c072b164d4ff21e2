/**
 * The value as it was meant, when it differs from an allowed one only in letter case: one of `known`, for a
 * code the vocabulary lists ("ua" for "UA"), or else the value with its case changed so that it fits `pattern`
 * ("Istanbul-Process" for "istanbul-process", "EN-GB" for "en-GB"). Undefined when the slip is not one of case.
 * Only ever suggested: the validator never changes a file.
 */
export function caseSlip(value: string, pattern: RegExp, known?: readonly string[]): string | undefined {
  if (known) return known.find((k) => k !== value && k.toLowerCase() === value.toLowerCase());
  // A language tag's first part is lower case and its region upper case; other patterns are all one case.
  const candidates = [
    value.replace(/^[^-]+/, (first) => first.toLowerCase()),
    value.toLowerCase(),
    value.toUpperCase(),
  ];
  return candidates.find((c) => c !== value && pattern.test(c));
}
