/**
 * A translated sentence with elements inside it (a link, a piece of code): the catalogue text marks
 * where each goes with `[[name]]`, so translators can move it where their grammar wants it, and
 * the component puts the element there. (react-i18next's Trans does more, at about 6 kB gzip
 * more on the first load.)
 */
import { Fragment, type ReactNode } from 'react';

export function Rich({ text, parts }: { readonly text: string; readonly parts: Readonly<Record<string, ReactNode>> }) {
  const pieces = text.split(/\[\[(\w+)\]\]/);
  return (
    <>
      {pieces.map((piece, i) => (i % 2 === 1 ? <Fragment key={i}>{parts[piece] ?? null}</Fragment> : piece))}
    </>
  );
}
