/**
 * DejaVu Sans, embedded in every PDF: the 14 standard PDF fonts have no Cyrillic, let alone the
 * Kazakh letters (ә ғ қ ң ө ұ ү һ і), and DejaVu has them all. The files come from the
 * dejavu-fonts-ttf package, found where npm installed it, so nothing is copied into the tree.
 */
export const PDF_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

export type PdfFont = keyof typeof PDF_FONTS;
