import { Fragment } from 'react';

const QUOTED = /(“[^“”]*”)/;

/**
 * A sentence of the app's own words that quotes values from outside (a link's parameters, a data
 * file's ids), each quoted value in a <bdi>. Without the isolation a right-to-left value, in Hebrew
 * or Arabic, takes the quotation marks and punctuation next to it into its own direction, so that
 * "Unknown kind “…”, ignored." reads in the wrong order; and a stray direction control inside a value
 * would run on into the words after it. The text itself is unchanged: copied or read aloud, it is
 * the same sentence.
 */
export function IsolatedQuotes({ text }: { text: string }) {
  const parts = text.split(QUOTED);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <Fragment key={i}>
            “<bdi>{part.slice(1, -1)}</bdi>”
          </Fragment>
        ) : (
          part
        ),
      )}
    </>
  );
}
