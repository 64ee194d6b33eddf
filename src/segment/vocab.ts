// Vocabularies the segmenter applies. Data only: extend here, not in the code.

/** Words that introduce a numbered level: "Level 3", "Tier 2", "Level 3a". */
export const LEVEL_WORDS = ['level', 'tier', 'band', 'stage'];

/** Numbers written as words: "Level Two". */
export const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** Sub-level letters after a level number: "Level 3a", "Level 3b". */
export const SUB_LEVELS = ['a', 'b', 'c', 'd', 'e'];

/**
 * Escalation from a level: "Despite intervention at 2, needs continue", "needs persist after support at Level 2".
 * The needs listed after such a line sit at the next level (level-grammar.ts escalatedFrom). DESPITE alone says the
 * need goes on; AFTER only with a word of CONTINUING need in the same line; a STEP_DOWN word cancels it.
 */
export const ESCALATION = {
  DESPITE: ['despite', 'notwithstanding', 'in spite of'],
  AFTER: ['after', 'following'],
  SUPPORT: ['intervention', 'interventions', 'support', 'help', 'services', 'input', 'involvement', 'work'],
  CONTINUING: ['continuing', 'continue', 'continues', 'escalating', 'escalate', 'escalates', 'persist', 'persists', 'persisting', 'ongoing', 'remain', 'remains', 'unresolved'],
  STEP_DOWN: ['step down', 'stepped down', 'step-down', 'de-escalat', 'reduced', 'closed'],
};

/** Colour-coded schemes ("Green", "Amber: Complex needs", "Red – Acute"): a colour alone names a level, in RAG order. */
export const RAG_COLOURS: { name: string; rank: number }[] = [
  { name: 'green', rank: 1 }, { name: 'yellow', rank: 2 }, { name: 'amber', rank: 3 }, { name: 'orange', rank: 3 }, { name: 'red', rank: 4 },
];

/**
 * Level names used without a number, with a rough rank (1 = lowest need) used only to sanity-check
 * the order in which a document lists them. Matched against the whole (normalised) label.
 */
export const LEVEL_NAMES: { name: string; rank: number }[] = [
  { name: 'universal', rank: 1 },
  { name: 'help for everyone', rank: 1 },
  { name: 'for everyone', rank: 1 },
  { name: 'no additional', rank: 1 },
  { name: 'universal plus', rank: 2 },
  { name: 'universal partnership plus', rank: 3 },
  { name: 'additional', rank: 2 },
  { name: 'early', rank: 2 },
  { name: 'early help', rank: 2 },
  { name: 'emerging', rank: 2 },
  { name: 'low level', rank: 2 },
  { name: 'vulnerable', rank: 2 },
  { name: 'targeted', rank: 3 },
  { name: 'targeted early', rank: 3 },
  { name: 'targeted early help', rank: 3 },
  { name: 'intensive', rank: 3 },
  { name: 'intensive early', rank: 3 },
  { name: 'intensive early help', rank: 3 },
  { name: 'enhanced', rank: 3 },
  { name: 'complex', rank: 3 },
  { name: 'complex and multiple', rank: 3 },
  { name: 'multiple and complex', rank: 3 },
  { name: 'multi agency early help', rank: 3 },
  { name: 'family help', rank: 3 },
  { name: 'targeted family help', rank: 3 },
  { name: 'early family help', rank: 2 },
  { name: 'specialist family help', rank: 4 },
  { name: 'universal help', rank: 1 },
  { name: 'specialist', rank: 4 },
  { name: 'social care', rank: 4 },
  { name: 'childrens social care', rank: 4 },
  { name: 'statutory social care', rank: 4 },
  { name: 'acute', rank: 4 },
  { name: 'statutory', rank: 4 },
  { name: 'child in need', rank: 4 },
  { name: 'children in need', rank: 4 },
  { name: 'child protection', rank: 5 },
  { name: 'immediate safeguarding', rank: 5 },
  { name: 'immediate protection', rank: 5 },
  { name: 'significant harm', rank: 5 },
  { name: 'risk of significant harm', rank: 5 },
  { name: 'high risk', rank: 5 },
  { name: 'early intervention', rank: 2 },
  { name: 'early help plus', rank: 3 },
  { name: 'intensive family support', rank: 3 },
  { name: 'thriving', rank: 1 },
  { name: 'getting advice', rank: 2 },
  { name: 'getting help', rank: 3 },
  { name: 'getting more help', rank: 4 },
  { name: 'getting risk support', rank: 5 },
  { name: 'team around the family', rank: 3 },
  { name: 'team around the child', rank: 3 },
  { name: 'targeted plus', rank: 3 },
  { name: 'edge of care', rank: 4 },
];

/** Generic words stripped (once, at either end) before a label is looked up in LEVEL_NAMES. */
export const LEVEL_NAME_TRIM_END = ['needs', 'need', 'help', 'support', 'services', 'service', 'level', 'response', 'intervention', 'safeguarding'];
export const LEVEL_NAME_TRIM_START = ['children with', 'families with', 'children and families with', 'level of need', 'the', ...RAG_COLOURS.map((c) => c.name)];

/** Column headers / labels of things that are NOT indicators at a level (only the needs are). */
export const STRENGTH_CUES = [
  'strengths', 'strength', 'protective factors', 'resilience', 'resilience factors', 'what is working well',
  'working well', 'positives', 'what is going well', 'strengths and protective factors',
];

/** Labels that mark the indicators themselves. */
export const NEED_CUES = [
  'needs', 'need', 'concerns', 'concern', 'indicators', 'indicator', 'indicators of need', 'vulnerabilities', 'risk factors',
  'risks', 'worries', 'what we are worried about', 'presenting needs', 'needs and concerns', 'areas of need',
  'what you might see', 'examples', 'examples of need', 'examples of indicators', 'descriptors', 'criteria',
];

/** Headings / first-column labels whose content is guidance, services or examples rather than indicators. */
export const NON_INDICATOR_CUES = [
  'what to do', 'what should i do', 'what you should do', 'response', 'responses', 'practitioner response', 'expected response',
  'services', 'examples of services', 'services available', 'support available', 'available support', 'who can help', 'who to contact',
  'how to refer', 'making a referral', 'referral', 'referrals', 'contact', 'contacts', 'useful contacts', 'key contacts',
  'links', 'useful links', 'further information', 'more information', 'glossary', 'appendix', 'flowchart', 'flow chart', 'process',
  'pathway', 'action', 'actions', 'action required', 'what happens next', 'next steps', 'introduction', 'purpose', 'background',
  'contents', 'references', 'consent', 'information sharing', 'agencies', 'agencies involved', 'lead professional', 'assessment',
  'document control', 'version', 'description', 'definition', 'what this means', 'what it means', 'what this level means', 'meaning', 'who', 'outcome', 'outcomes',
  'related pages', 'related', 'see also', 'domain', 'domains', 'area of need', 'areas', 'theme', 'themes', 'print this page', 'skip to main content', 'on this page', 'share this page', 'back to top',
  'professional', 'professionals', 'step up', 'step down', 'stepping up', 'stepping down', 'escalation', 'resolving disagreements',
];

/** Heads of a table column that names each row's area of need (in a listing, its cells are domains, not items). */
export const AREA_COLUMN_HEADS = ['area', 'areas', 'area of need', 'areas of need', 'domain', 'domains', 'dimension', 'dimensions', 'category', 'theme'];

/** A table's column heads, flattened into lines of their own ("Area", "Indicators"): never an indicator by themselves. */
export const COLUMN_HEADS = [
  ...AREA_COLUMN_HEADS, 'indicator', 'indicators', 'need', 'needs',
  'level', 'levels', 'factor', 'factors', 'issue', 'issues', 'concern', 'concerns', 'examples', 'descriptor', 'descriptors',
];

/** Headings shaped like these introduce what a service does, not the child's needs. */
export const NON_INDICATOR_PATTERNS = [
  /^what (?:the|our|we|this|your)\b.{0,40}\b(?:do|does|offer|offers|provide|provides|can do)\??$/i,
  /^how (?:we|the [\w ]{1,30}|to|you) (?:can |will )?(?:help|get help|refer|contact|support|access)\b/i,
  /^(?:our|the) (?:services?|offer|role)$/i,
];

/** Case examples: never indicators, even when they carry their own level sub-headings. */
export const CASE_CUES = ['case example', 'case examples', 'case study', 'case studies', 'scenario', 'scenarios', 'vignette', 'example case', 'practice example', 'worked example'];

/** Sentence cues that a paragraph is guidance about the level, not an indicator. */
export const DESCRIPTION_CUES = [
  /\bat this level\b/i, /\bthis level\b/i, /\bneeds (?:are|can be|will be) met\b/i, /\brefer(?:ral)?\b/i, /\bcontact\b/i,
  /\bwww\.|https?:\/\//i, /\bneeds met by\b/i, /\b(?:section|s\.?)\s?(?:17|47)\b/i, /\bstrategy discussion\b/i,
  /\bteam around the (?:family|child)\b/i, /\blead professional\b/i, /\bearly help (?:assessment|plan)\b/i, /\bsocial work(?:er)? assessment\b/i, /\b(?:tel|telephone|phone|email)\b/i, /\bassessment\b/i, /\bservices?\b.*\b(?:provide|offer|available)\b/i,
];

/**
 * Domain sub-headings of threshold documents (Assessment Framework triangle and common themes), as name keys.
 * A short line that is one of these (optionally with "e.g." or a trailing colon) heads the items under it.
 */
export const DOMAIN_NAMES = [
  'developmental needs', 'development needs', 'childs developmental needs', 'child developmental needs', 'childrens developmental needs', 'childs development',
  'child development', 'development', 'childs needs', 'needs of the child', 'needs of the child or young person', 'health',
  'physical health', 'emotional health', 'mental health', 'emotional health and wellbeing', 'sexual health',
  'education', 'learning', 'education and learning', 'learning and education', 'education training and employment',
  'emotional and behavioural development', 'emotional development', 'behavioural development',
  'emotional and behavioural', 'behaviour', 'identity', 'identity and self esteem',
  'family and social relationships', 'social presentation', 'self care skills', 'self care skills and independence',
  'selfcare skills', 'parenting capacity', 'parenting', 'parents and carers', 'parent and carers', 'parents carers',
  'parent carer', 'parent carer capacity', 'parental capacity', 'parenting and care', 'basic care',
  'ensuring safety', 'safety', 'safety and protection', 'emotional warmth', 'emotional warmth and stability',
  'stability', 'guidance and boundaries', 'guidance boundaries and stimulation', 'stimulation',
  'family and environment', 'family and environmental factors', 'family environment factors', 'family environment',
  'family and community', 'family functioning', 'family functioning and wellbeing', 'family history and functioning',
  'family history functioning and wellbeing', 'wider family', 'housing', 'employment', 'income',
  'employment and income', 'familys social integration', 'social integration', 'community resources',
  'social and community', 'child', 'child young person', 'child or young person', 'the child or young person', 'child and young person', 'children and young people', 'the child', 'family', 'environment', 'community',
  'home', 'home life', 'home and family', 'family and home', 'health and wellbeing', 'wellbeing', 'emotional wellbeing',
  'relationships', 'keeping safe', 'staying safe', 'school', 'physical and mental health',
];

/** Web-page furniture copied with the text: whole lines (name keys) that are never content. */
export const CHROME_LINES = [
  'skip to main content', 'skip to content', 'skip to navigation', 'add to home screen', 'print this page', 'print',
  'toggle contrast', 'top menu', 'main menu', 'menu', 'search', 'back to top', 'share this page', 'share', 'close',
  'accept cookies', 'reject cookies', 'cookie settings', 'manage cookies', 'show amendments', 'hide amendments',
  'jump to', 'in this section', 'on this page', 'page contents', 'translate', 'text size', 'accessibility',
];

/** A line that starts like these is site furniture (breadcrumbs, cookie banners). */
export const CHROME_PREFIXES = [
  /^home\s*(?:>|›|»|\/)\s*/i, /^you are here\s*:/i, /^we use (?:some )?(?:essential )?cookies\b/i, /^this (?:site|website) uses cookies\b/i,
  /^caption\s*:\s*$/i, /^(?:share(?: this)?(?: page)?:?\s*)?(?:(?:facebook|twitter|x|linkedin|pinterest|google\+?|addthis|email|whatsapp|print)\s*){2,}$/i, /^last (?:updated|reviewed)\s*:/i, /^(?:was this page|did you find this (?:page|information)) (?:useful|helpful)/i,
  // "Back to Targeted", "Return to Level 3": navigation (a capitalised page name, never "Back to school")
  /^(?:[Bb]ack|[Rr]eturn|[Gg]o back) to (?:the )?(?:top|previous page|[A-Z][\w'’ -]{0,40})$/,
];

/**
 * Verbs that open an instruction to the practitioner ("Discuss with the family ..."): a response, not a need.
 * Only verbs that cannot open a situation ("Providing care for siblings" is a young carer's need, so not 'providing').
 */
export const RESPONSE_VERBS = [
  'discuss', 'inform', 'consider', 'agree', 'refer', 'review', 'speak', 'call', 'seek', 'follow', 'ensure', 'ask',
  'check', 'arrange', 'continue', 'signpost', 'read', 'download', 'click', 'submit', 'convene',
];

/** Lines about the document, the partnership or the scheme itself rather than a child's situation (and, in cues.ts, a contents entry for a level). */
export const ABOUT_THE_DOCUMENT = [
  /\bthresholds?\b/i, /\blevel(?:s|['’]s)? of (?:need|help|support|intervention)\b/i, /\bcontinuum\b/i, /\bLSCB\b|\bLSCP\b|\bsafeguarding (?:children )?(?:board|partnership)\b/,
  // "Where you see any of these indicators, call ...": a line about the list, not one situation in it
  /\b(?:these|the following|the above|any of these|any of the following) (?:indicators|factors)\b/i,
  /^(?:please|by \w+ing)\b/i, /^you (?:should|must|can|could|will|would|need to|(?:may|might) (?:wish|want|need) to|are (?:asked|advised|encouraged|expected))\b/i, /^(?:in|at) [A-Z]\w+,? (?:we|our)\b/, /^if\b.*\b(?:discuss|contact|refer|consider|agree|follow|inform|seek|speak|call|review|update|complete|close|step)\b/i,
];

/** How level descriptions open: the children the level is for, not one situation. */
export const LEVEL_DESCRIPTION_OPENINGS = [
  /^(?:these|such) (?:are )?(?:children|families|young people)\b/i,
  /^(?:unborn babies, )?children(?:,? (?:and )?young people)?(?:,? and (?:their )?families)? (?:who|whose|with|that|are|in|at|where|requiring|needing|for whom)\b/i,
  /^families (?:who|whose|with|that|are|where)\b/i, /^there (?:is|are) (?:an? )?(?:increasing|high|low|some|no)(?: (?:additional|identified|significant|further|unmet|level of|levels of|other))* (?:needs?|concerns?|risks?|evidence)\b/i,
  /^(?:no|low|emerging|additional|complex|acute) (?:additional )?needs?\.\s/i,
];
