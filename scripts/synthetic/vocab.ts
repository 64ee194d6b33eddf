// Invented vocabulary for the synthetic corpus (never text from a real threshold document).
// Each topic has a few subjects; each subject is written through severity patterns whose base band
// is the usual placement. Authorities then shift bands and reword, which is the variation we measure.
import type { Qualifiers } from '../../src/model/index.ts';

export const SUBJECTS: Record<string, string[]> = {
  'physical-abuse': ['unexplained bruising', 'injuries from physical chastisement', 'marks consistent with hitting'],
  'bruising-non-mobile': ['bruising on a baby who is not yet mobile', 'a mark on an infant who cannot crawl'],
  'sexual-abuse': ['sexualised behaviour beyond the expected age', 'inappropriate sexual contact', 'harmful sexual behaviour towards peers'],
  'emotional-abuse': ['persistent belittling by a carer', 'rejection and humiliation at home', 'exposure to hostile criticism'],
  neglect: ['poor home conditions', 'inadequate nutrition and weight loss', 'lack of supervision for a young child', 'poor hygiene and unwashed clothing'],
  'domestic-abuse': ['domestic abuse between adults at home', 'controlling behaviour by a partner', 'police callouts for violence at home'],
  'parental-substance-misuse': ['parental drug use', 'parental alcohol misuse', 'carers using substances while caring'],
  'parental-mental-health': ['parental depression', 'a carer with untreated mental illness', 'parental anxiety affecting care'],
  'parental-capacity': ['inconsistent boundaries from carers', 'a carer with a learning disability needing support', 'limited stimulation at home'],
  'family-relationships': ['parental separation with conflict', 'bereavement in the family', 'breakdown in the relationship with carers'],
  'child-mental-health': ['low mood and withdrawal', 'anxiety affecting daily life', 'an eating difficulty'],
  'self-harm': ['self-harming behaviour', 'suicidal thoughts', 'cutting or burning themselves'],
  'child-substance-misuse': ['experimenting with cannabis', 'drinking alcohol at weekends', 'volatile substance use'],
  'sexual-exploitation': ['older adults giving gifts and attention', 'online grooming', 'being taken to parties by unknown adults'],
  'criminal-exploitation': ['carrying drugs for older youths', 'unexplained money and phones', 'involvement in county lines'],
  missing: ['going missing overnight', 'running away after arguments', 'coming home late without explanation'],
  trafficking: ['signs of being trafficked', 'working without pay for adults', 'uncertain identity and control by adults'],
  radicalisation: ['expressing extremist views', 'accessing extremist material online', 'contact with extremist groups'],
  'harmful-practices': ['risk of female genital mutilation', 'risk of forced marriage', 'honour-based threats'],
  'online-safety': ['sharing images online', 'excessive gaming at night', 'contact with strangers through apps'],
  bullying: ['being bullied at school', 'bullying other pupils', 'cyberbullying'],
  offending: ['antisocial behaviour in the community', 'arrest for theft', 'repeat offending with youth justice involvement'],
  'school-attendance': ['attendance below ninety percent', 'persistent lateness', 'removal from school roll without a plan'],
  exclusion: ['fixed-term exclusions', 'risk of permanent exclusion', 'a managed move that has broken down'],
  learning: ['falling behind in reading', 'not making expected progress', 'low school readiness'],
  send: ['special educational needs without support', 'an education health and care plan not met'],
  disability: ['complex health needs', 'a physical disability with unmet care needs', 'a learning disability needing adaptations'],
  health: ['missed health appointments', 'immunisations not up to date', 'untreated dental decay'],
  development: ['delayed speech and language', 'missed developmental milestones', 'delayed motor skills'],
  behaviour: ['aggressive outbursts', 'difficulty regulating emotions', 'challenging behaviour at home'],
  identity: ['low self-esteem', 'experiencing discrimination', 'poor social presentation'],
  'young-carer': ['caring for a parent', 'caring for siblings most evenings'],
  pregnancy: ['a teenage pregnancy', 'concealed pregnancy', 'an unborn baby with previous children removed'],
  housing: ['overcrowded housing', 'temporary accommodation', 'threat of eviction', 'damp and unsafe housing'],
  'financial-hardship': ['debt and rent arrears', 'no money for food', 'unemployment in the household'],
  'social-isolation': ['no friends or community links', 'a family isolated from support'],
  'asylum-migration': ['an unaccompanied asylum-seeking child', 'no recourse to public funds'],
  'private-fostering': ['living with a family friend under a private arrangement'],
  'adult-offending': ['a parent in prison', 'a visitor who poses a risk to children', 'carer involvement in crime'],
  disclosure: ['a disclosure of abuse', 'an allegation against a professional'],
};

export interface Form {
  /** {s} is the subject. */
  text: string;
  /** What a tagger reads from the wording (kept consistent with the text, as a real tagger would). */
  qualifiers?: Qualifiers;
}

export interface Pattern {
  /** Usual band index (0 universal .. 4 child protection). */
  band: number;
  /** Alternative wordings of the same severity. */
  forms: Form[];
}

export const PATTERNS: Pattern[] = [
  { band: 0, forms: [
    { text: 'Some {s} with no impact on the child', qualifiers: { severity: 'low' } },
    { text: 'Minor {s} managed well by the family', qualifiers: { severity: 'low' } },
    { text: 'Short-lived {s} resolved by universal services', qualifiers: { frequency: 'single' } },
  ] },
  { band: 1, forms: [
    { text: 'Emerging {s} affecting routines' },
    { text: 'Concerns about {s} needing single agency help', qualifiers: { severity: 'moderate' } },
    { text: 'Early signs of {s}', qualifiers: { frequency: 'occasional' } },
  ] },
  { band: 2, forms: [
    { text: 'Ongoing {s} despite early help support', qualifiers: { frequency: 'persistent' } },
    { text: 'Persistent {s} needing a coordinated plan', qualifiers: { frequency: 'persistent' } },
    { text: 'Repeated {s} with several agencies involved', qualifiers: { frequency: 'repeated' } },
  ] },
  { band: 3, forms: [
    { text: 'Serious {s} impairing health or development', qualifiers: { severity: 'serious' } },
    { text: '{s} with needs that require a social care assessment' },
    { text: 'Escalating {s} and carers not engaging with support', qualifiers: { frequency: 'escalating', engagement: 'not_engaging' } },
  ] },
  { band: 4, forms: [
    { text: '{s} placing the child at risk of significant harm', qualifiers: { severity: 'serious' } },
    { text: 'Severe {s} with immediate risk to safety', qualifiers: { severity: 'serious' } },
    { text: '{s} that is life-threatening', qualifiers: { severity: 'life_threatening' } },
  ] },
];

/** Level scheme families seen in practice (names invented generically). */
export const SCHEMES: { weight: number; levels: [string, number[]][] }[] = [
  { weight: 5, levels: [['Level 1 Universal', [0]], ['Level 2 Early Help', [1]], ['Level 3 Targeted', [2]], ['Level 4 Specialist', [3, 4]]] },
  { weight: 3, levels: [['Universal', [0]], ['Additional', [1]], ['Intensive', [2, 3]], ['Specialist', [4]]] },
  { weight: 2, levels: [['Universal', [0]], ['Early Help', [1, 2]], ['Child in Need', [3]], ['Child Protection', [4]]] },
  { weight: 2, levels: [['Tier 1', [0]], ['Tier 2', [1]], ['Tier 3', [2]], ['Tier 4', [3]], ['Tier 5', [4]]] },
  { weight: 1, levels: [['Universal', [0]], ['Family Help', [1, 2, 3]], ['Child Protection', [4]]] },
  { weight: 1, levels: [['Level 1', [0]], ['Level 2', [1]], ['Level 3a', [2]], ['Level 3b', [3]], ['Level 4', [4]], ['Level 5 Acute', [4]]] },
];

export const OPENERS = ['', '', '', 'Child experiencing ', 'Young person with ', 'Evidence of ', 'Family where there is '];
