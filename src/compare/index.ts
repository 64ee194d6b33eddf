export { topicPlacements } from './placement.ts';
export { bandIndex, bandSpan, bandRange, bandLabel } from './bands.ts';
