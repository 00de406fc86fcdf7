/**
 * Lambda entry of the extract-dates stage: fed by the table's stream, filtered to "article
 * segmented"; replaces the article's date records.
 */
import { createExtractionHandler, type ExtractionStage } from '../../shared/extraction-stage.ts';
import { extractDates } from './dates.ts';

export const extractDatesStage: ExtractionStage<ReturnType<typeof extractDates>[number]> = {
  stage: 'extract-dates',
  extract: extractDates,
  save: (store, loaded, records, now) => store.replaceDates(loaded, records, now),
};

export const handler = createExtractionHandler(extractDatesStage);
