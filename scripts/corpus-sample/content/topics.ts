// Canonical topic ids (contract/topics.md), for validating the gold annotations: the tagger's list is the one source.
export { TOPIC_IDS } from '../../../src/tag/topics.ts';
