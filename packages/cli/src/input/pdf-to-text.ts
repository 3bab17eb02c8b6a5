/** PDF -> report text from the text layer (pdfjs-dist 5, the last major that runs on Node 20). */
import { InputError } from './input-error.ts';
import { tidy } from './tidy-text.ts';

export interface PdfText {
  readonly text: string;
  readonly title?: string;
  readonly pages: number;
}

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/** Upper bound on pages read: a hostile PDF can claim millions. */
const MAX_PAGES = 2000;

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new InputError('unreadable', `not a readable PDF: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    const pages: string[] = [];
    const count = Math.min(document.numPages, MAX_PAGES);
    for (let number = 1; number <= count; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const line: string[] = [];
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        line.push(item.str);
        if (item.hasEOL) line.push('\n');
      }
      pages.push(line.join(''));
      page.cleanup();
    }
    const text = tidy(pages.join('\n\n'));
    if (text.length === 0) {
      throw new InputError(
        'no_text',
        'the PDF has no text layer (a scan?); Vigil does not OCR: run OCR first, e.g. ocrmypdf',
      );
    }
    const metadata: { info?: unknown } | undefined = await document
      .getMetadata()
      .catch(() => undefined);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const title =
      typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { text, pages: document.numPages, ...(title ? { title } : {}) };
  } finally {
    await document.destroy();
  }
}
