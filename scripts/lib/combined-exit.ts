/**
 * One exit status for checks run one after another: 2 (a check could not run: a wrong call, an unknown
 * revision) before 1 (a check found a problem) before 0, so that no failure is hidden by a later success.
 */
export function combinedExit(codes: readonly number[]): number {
  if (codes.some((c) => c !== 0 && c !== 1)) return 2;
  return codes.includes(1) ? 1 : 0;
}
