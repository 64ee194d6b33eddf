// Types for the single natural modules the tagger imports (the package's own types cover only its index).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer.js' {
  export default class AggressiveTokenizer {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  /** natural's naive Bayes classifier (documents given as arrays of feature tokens are used as they are). */
  export default class BayesClassifier {
    constructor(stemmer?: unknown, smoothing?: number);
    docs: { label: string; text: string[] }[];
    features: Record<string, number>;
    classifier: { classFeatures: Record<string, Record<number, number>>; classTotals: Record<string, number>; totalExamples: number; smoothing: number };
    addDocument(text: string[], label: string): void;
    train(): void;
    getClassifications(observation: string[]): { label: string; value: number }[];
  }
}
