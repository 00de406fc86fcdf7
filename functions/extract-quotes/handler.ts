/**
 * Lambda entry of the extract-quotes stage: fed by the table's stream, filtered to "article
 * segmented"; replaces the article's quote records.
 */
import { createExtractionHandler, type ExtractionStage } from '../../shared/extraction-stage.ts';
import { extractQuotes } from './quotes.ts';

export const extractQuotesStage: ExtractionStage<ReturnType<typeof extractQuotes>[number]> = {
  stage: 'extract-quotes',
  extract: extractQuotes,
  save: (store, loaded, records, now) => store.replaceQuotes(loaded, records, now),
};

export const handler = createExtractionHandler(extractQuotesStage);
