// Words that carry no situation meaning in threshold indicators (data, not code).
// General English function words plus document boilerplate that every indicator shares.
export const STOPWORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does',
  'doing', 'during', 'each', 'either', 'etc', 'for', 'from', 'had', 'has', 'have', 'having', 'he', 'her',
  'here', 'hers', 'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'itself', 'may', 'me',
  'might', 'more', 'most', 'must', 'my', 'of', 'on', 'or', 'other', 'our', 'out', 'over', 'own', 'same',
  'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these',
  'they', 'this', 'those', 'through', 'to', 'too', 'under', 'until', 'up', 'very', 'was', 'we', 'were',
  'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your',
  'e.g', 'eg', 'ie', 'including', 'include', 'includes', 'child', 'children', 'young', 'person', 'people',
  'childs', 'family', 'families',
  // the one wording synonyms.ts gives frequency and severity words: compared by the situation frame (once against
  // repeatedly, minor against serious), so they must not make "often hungry" look like "missing several times"
  'repeated', 'serious',
];
