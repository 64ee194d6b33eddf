// Types for the single natural modules compare imports (never the whole package: see DESIGN.md).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
