// The fictional authorities of the sample corpus: names, schemes (with the overview text that says what
// each level means, as real documents do), layouts and hex-map positions. All names are invented.
import type { BandId, HexPosition } from '../../../src/model/types.ts';

export type LayoutKind =
  | 'matrix-tagged' | 'matrix-drawn' | 'matrix-landscape' | 'per-level-pdf' | 'per-topic-pdf'
  | 'two-column-pdf' | 'windscreen-pdf' | 'strengths-needs-pdf' | 'docx' | 'docx-matrix'
  | 'manual-html' | 'duplicates-html' | 'text' | 'image-only' | 'columns-drawn' | 'matrix-transposed'
  | 'ready-reckoner' | 'accordion-html' | 'docx-merged' | 'matrix-unruled' | 'per-level-glance';

export type DomainStyle = 'triangle' | 'themes' | 'topics' | 'none';

export interface LevelSpec {
  /** Exactly as the document writes the level where indicators sit. */
  local: string;
  bands: BandId[];
  /** Overview text: what the level means (the band mapper reads this). */
  description: string;
}

export interface AuthoritySpec {
  id: string;
  name: string;
  partnership: string;
  title: string;
  /** ISO date. */
  version: string;
  file: string;
  layout: LayoutKind;
  layoutNote: string;
  domainStyle: DomainStyle;
  childVoice?: boolean;
  hex: HexPosition;
  levels: LevelSpec[];
  /** Prose before the lists (purpose, how to refer, contacts): never indicators. */
  intro: string[];
  /** Index of the base authority whose situation picks this version revises. */
  revises?: string;
  expectError?: boolean;
  /** Print "how to get help" steps as a list before the levels (not indicators). */
  steps?: boolean;
  /** Print a case example after each level's lists (not indicators). */
  cases?: boolean;
  /** Strip the structure tree from a Chromium PDF (as joining PDFs with qpdf does). */
  untagged?: boolean;
  /** Added after the first thirteen: picks its own situations so the others' picks stay unchanged. */
  extra?: boolean;
  /** Corpus set folder (default "sample"). "stretch" holds harder layouts kept out of the sample's eval bar. */
  set?: 'sample' | 'stretch';
}

const phone = (n: number) => `01632 960 ${String(100 + n).padStart(3, '0')}`;

const refer = (name: string, n: number) =>
  `To make a referral, or to talk a worry through, contact the ${name} Children's Front Door on ${phone(n)}. ` +
  'If a child is in immediate danger, call the police on 999.';

const purpose = (name: string) =>
  `This guidance helps everyone who works with children and families in ${name} to identify the level of need ` +
  'and to offer the right help at the right time. The indicators are examples, not a checklist: use your ' +
  'professional judgement and consider the whole picture, including strengths.';

export const AUTHORITIES: AuthoritySpec[] = [
  {
    id: 'marlowmere', name: 'Marlowmere', partnership: 'Marlowmere Safeguarding Children Partnership',
    title: 'Marlowmere Threshold of Need Guidance', version: '2023-04-01', file: 'marlowmere-2023.pdf',
    layout: 'matrix-tagged', layoutNote: 'tagged PDF (Chromium), portrait indicator matrix: domains x levels',
    domainStyle: 'triangle', hex: { q: 1, r: 0 }, steps: true,
    levels: [
      { local: 'Level 1 Universal', bands: ['universal'], description: 'Children whose needs are met by universal services such as schools, GPs and health visitors.' },
      { local: 'Level 2 Early Help', bands: ['early_help'], description: 'Children with additional needs that a single agency can meet, with an early help assessment where useful.' },
      { local: 'Level 3 Targeted Early Help', bands: ['targeted_early_help'], description: 'Children with multiple needs needing coordinated multi-agency early help: a team around the family with a lead professional. This is not a statutory service and works with consent.' },
      { local: 'Level 4 Specialist', bands: ['child_in_need', 'child_protection'], description: "Children's social care: children in need under section 17 of the Children Act 1989, and children at risk of significant harm where a strategy discussion and section 47 enquiries are needed." },
    ],
    intro: [purpose('Marlowmere'), refer('Marlowmere', 1)],
  },
  {
    id: 'kestrelholm', name: 'Kestrelholm', partnership: 'Kestrelholm Children Safeguarding Board',
    title: 'Kestrelholm Continuum of Need', version: '2024-01-15', file: 'kestrelholm.pdf',
    layout: 'matrix-drawn', layoutNote: 'untagged PDF drawn with pdf-lib: ruled matrix, wrapped and hyphenated cells, drawn bullets, running header/footer',
    domainStyle: 'triangle', hex: { q: 2, r: 0 },
    levels: [
      { local: 'Tier 1', bands: ['universal'], description: 'Universal services: needs are met by schools, GPs, health visitors and early years settings.' },
      { local: 'Tier 2', bands: ['early_help', 'targeted_early_help'], description: 'Early help, from one agency alone up to several agencies working together: an early help assessment, and where needs are multiple a team around the family with a lead professional.' },
      { local: 'Tier 3', bands: ['child_in_need'], description: 'Child in need: an assessment by children\'s social care under section 17 of the Children Act 1989.' },
      { local: 'Tier 4', bands: ['child_protection'], description: 'Child protection: reasonable cause to suspect significant harm; a strategy discussion and section 47 enquiries.' },
    ],
    intro: [purpose('Kestrelholm'), refer('Kestrelholm', 2)],
  },
  {
    id: 'upper-thrindle', name: 'Upper Thrindle', partnership: 'Upper Thrindle Safeguarding Partnership',
    title: 'Upper Thrindle Levels of Need Matrix', version: '2022-09-01', file: 'upper-thrindle.pdf',
    layout: 'matrix-landscape', layoutNote: 'tagged PDF (Chromium), landscape matrix over several pages with repeated header row, sub-levels 3a/3b',
    domainStyle: 'themes', hex: { q: 3, r: 0 },
    levels: [
      { local: 'Level 1', bands: ['universal'], description: 'Level 1: universal services meet the child\'s needs.' },
      { local: 'Level 2', bands: ['early_help'], description: 'Level 2: additional needs met by a single agency or practitioner, with an early help assessment.' },
      { local: 'Level 3a', bands: ['targeted_early_help'], description: 'Level 3a: complex needs requiring a multi-agency early help plan, a team around the family and a lead professional.' },
      { local: 'Level 3b', bands: ['child_in_need'], description: 'Level 3b: child in need under section 17; a social work assessment and child in need plan.' },
      { local: 'Level 4', bands: ['child_protection'], description: 'Level 4: significant harm or likely significant harm; strategy discussion and section 47 child protection enquiries.' },
    ],
    intro: [purpose('Upper Thrindle'), 'Levels 3a and 3b were introduced in this edition to separate multi-agency early help from statutory social work.', refer('Upper Thrindle', 3)],
  },
  {
    id: 'saltwhistle', name: 'Saltwhistle Borough', partnership: 'Saltwhistle Borough Safeguarding Children Partnership',
    title: 'Saltwhistle Borough: Right Help, Right Time', version: '2024-06-01', file: 'saltwhistle.pdf',
    layout: 'per-level-pdf', layoutNote: 'tagged PDF (Chromium), a section per level with domain sub-headings and bullet lists, running header/footer with page numbers',
    domainStyle: 'themes', hex: { q: 0, r: 1 }, steps: true, cases: true,
    levels: [
      { local: 'Universal', bands: ['universal'], description: 'Universal: children make good progress with the support every family receives from universal services.' },
      { local: 'Additional', bands: ['early_help'], description: 'Additional: a single agency offers extra support; an early help assessment may be started.' },
      { local: 'Intensive', bands: ['targeted_early_help'], description: 'Intensive: multi-agency early help coordinated through a team around the family, with a lead professional and consent.' },
      { local: 'Specialist', bands: ['child_in_need', 'child_protection'], description: 'Specialist: statutory social work. This covers children in need (section 17) and children at risk of significant harm (section 47 enquiries after a strategy discussion).' },
    ],
    intro: [purpose('Saltwhistle Borough'), refer('Saltwhistle Borough', 4)],
  },
  {
    id: 'brackenholt', name: 'Brackenholt', partnership: 'Brackenholt Safeguarding Children Partnership',
    title: 'Brackenholt Guide to Levels of Help', version: '2023-11-01', file: 'brackenholt.pdf',
    layout: 'per-topic-pdf', layoutNote: 'tagged PDF (Chromium), a section per topic with a sub-list per level',
    domainStyle: 'topics', hex: { q: 1, r: 1 },
    levels: [
      { local: 'Help for Everyone', bands: ['universal'], description: 'Help for Everyone: universal services available to all families.' },
      { local: 'Additional Help', bands: ['early_help'], description: 'Additional Help: early help from one service, started with an early help assessment.' },
      { local: 'Intensive Help', bands: ['targeted_early_help'], description: 'Intensive Help: several services working together as a team around the family, led by a lead professional.' },
      { local: 'Specialist Help', bands: ['child_in_need', 'child_protection'], description: 'Specialist Help: children\'s social care assessment of a child in need (s17) or child protection enquiries (s47) following a strategy discussion.' },
    ],
    intro: [purpose('Brackenholt'), 'Each section below describes one area of a child\'s life and gives examples of need at each level of help.', refer('Brackenholt', 5)],
  },
  {
    id: 'orrinford', name: 'Orrinford', partnership: 'Orrinford Children\'s Safeguarding Partnership',
    title: 'Orrinford Threshold Document', version: '2021-05-01', file: 'orrinford.pdf',
    layout: 'two-column-pdf', layoutNote: 'UNTAGGED PDF (Chromium print, structure tree dropped by a qpdf page copy), two-column pages, a three-level scheme',
    domainStyle: 'themes', hex: { q: 2, r: 1 }, untagged: true,
    levels: [
      { local: 'Universal', bands: ['universal'], description: 'Universal: needs met within universal services.' },
      { local: 'Early Help', bands: ['early_help', 'targeted_early_help'], description: 'Early Help covers both single-agency support and multi-agency help through a team around the family, after an early help assessment.' },
      { local: 'Social Care', bands: ['child_in_need', 'child_protection'], description: 'Social Care: children in need under section 17 and child protection under section 47.' },
    ],
    intro: [purpose('Orrinford'), refer('Orrinford', 6)],
  },
  {
    id: 'wyndle-moor', name: 'Wyndle Moor', partnership: 'Wyndle Moor Safeguarding Partnership',
    title: 'Wyndle Moor Windscreen of Need', version: '2024-03-01', file: 'wyndle-moor.pdf',
    layout: 'windscreen-pdf', layoutNote: 'tagged PDF (Chromium): windscreen diagram with text labels; later sections name levels by number only',
    domainStyle: 'triangle', hex: { q: 3, r: 1 },
    levels: [
      { local: 'Level 1', bands: ['universal'], description: 'Universal: needs met by universal services.' },
      { local: 'Level 2', bands: ['early_help'], description: 'Universal Plus: a single agency gives extra support, with an early help assessment.' },
      { local: 'Level 3', bands: ['targeted_early_help', 'child_in_need'], description: 'Complex: a multi-agency team around the family, or a child in need assessment under section 17.' },
      { local: 'Level 4', bands: ['child_protection'], description: 'Acute: significant harm; strategy discussion and section 47 enquiries.' },
    ],
    intro: [purpose('Wyndle Moor'), refer('Wyndle Moor', 7)],
  },
  {
    id: 'hollinsgate', name: 'Hollinsgate', partnership: 'Hollinsgate Safeguarding Children Partnership',
    title: 'Hollinsgate Thresholds Guidance', version: '2022-04-01', file: 'hollinsgate.docx',
    layout: 'docx', layoutNote: 'DOCX: overview table, heading per level, domain sub-headings, bullet lists',
    domainStyle: 'triangle', hex: { q: 0, r: 2 }, steps: true, cases: true,
    levels: [
      { local: 'Universal', bands: ['universal'], description: 'Universal: children whose needs are met by universal services.' },
      { local: 'Early Help', bands: ['early_help', 'targeted_early_help'], description: 'Early Help: support from a single agency or, where needs are multiple, a multi-agency team around the family with a lead professional; begins with an early help assessment.' },
      { local: 'Child in Need', bands: ['child_in_need'], description: 'Child in Need: assessment and services from children\'s social care under section 17.' },
      { local: 'Immediate Safeguarding', bands: ['child_protection'], description: 'Immediate Safeguarding: risk of significant harm; a strategy discussion and section 47 enquiries.' },
    ],
    intro: [purpose('Hollinsgate'), refer('Hollinsgate', 8)],
  },
  {
    id: 'cobbleridge', name: 'Cobbleridge', partnership: 'Cobbleridge Safeguarding Children Partnership',
    title: 'Cobbleridge Children\'s Procedures: Levels of Need', version: '2024-09-01', file: 'cobbleridge.html',
    layout: 'manual-html', layoutNote: 'HTML shaped like a procedures-manual site: nav, breadcrumbs, sidebar, footer, one page per level named only in its title',
    domainStyle: 'none', hex: { q: 1, r: 2 }, steps: true, cases: true,
    levels: [
      { local: 'Level 1: Universal', bands: ['universal'], description: 'Children who are thriving with universal services.' },
      { local: 'Level 2: Universal Plus', bands: ['early_help'], description: 'A single agency gives additional support; an early help assessment can be used.' },
      { local: 'Level 3: Targeted Early Help', bands: ['targeted_early_help'], description: 'Multi-agency early help with a team around the family and a lead professional.' },
      { local: 'Level 4: Child in Need', bands: ['child_in_need'], description: 'Statutory assessment under section 17 of the Children Act 1989.' },
      { local: 'Level 5: Child Protection', bands: ['child_protection'], description: 'Strategy discussion and section 47 enquiries where a child is suffering or likely to suffer significant harm.' },
      { local: 'Level 6: Immediate Protection', bands: ['child_protection'], description: 'Emergency action to protect a child now: police protection or an emergency protection order (section 44), always with a strategy discussion and section 47 enquiries.' },
    ],
    intro: [purpose('Cobbleridge'), refer('Cobbleridge', 9)],
  },
  {
    id: 'tidewick', name: 'Tidewick', partnership: 'Tidewick Safeguarding Children Partnership',
    title: 'Tidewick Levels of Need', version: '2023-01-01', file: 'tidewick-2023.txt',
    layout: 'text', layoutNote: 'plain text: numbered levels, dashed lists (referral steps are dashed too)',
    domainStyle: 'none', hex: { q: 2, r: 2 }, steps: true,
    levels: [
      { local: 'Universal', bands: ['universal'], description: 'Universal - needs met by universal services.' },
      { local: 'Vulnerable', bands: ['early_help', 'targeted_early_help'], description: 'Vulnerable - early help from a single agency, or several agencies as a team around the family, after an early help assessment.' },
      { local: 'Complex', bands: ['child_in_need'], description: 'Complex - children in need: social work assessment under section 17.' },
      { local: 'Acute', bands: ['child_protection'], description: 'Acute - child protection: strategy discussion and section 47 enquiries.' },
    ],
    intro: [purpose('Tidewick'), refer('Tidewick', 10)],
  },
  {
    id: 'pellowdown', name: 'Pellowdown', partnership: 'Pellowdown Safeguarding Children Partnership',
    title: 'Pellowdown: What We See, What We Do', version: '2024-02-01', file: 'pellowdown.pdf',
    layout: 'strengths-needs-pdf', layoutNote: "tagged PDF (Chromium): strengths and needs side by side per level; child's first-person voice",
    domainStyle: 'themes', childVoice: true, hex: { q: 3, r: 2 },
    levels: [
      { local: 'Level 1', bands: ['universal'], description: 'Level 1 - Universal: my needs are met by my school, my GP and my family.' },
      { local: 'Level 2', bands: ['early_help', 'targeted_early_help'], description: 'Level 2 - Early Help: one service helps me and my family after an early help assessment, or several services work together as a team around my family with a lead professional.' },
      { local: 'Level 3', bands: ['child_in_need'], description: 'Level 3 - Child in Need: a social worker assesses my needs under section 17.' },
      { local: 'Level 4', bands: ['child_protection'], description: 'Level 4 - Child Protection: I am at risk of significant harm; a strategy discussion decides on section 47 enquiries.' },
    ],
    intro: [purpose('Pellowdown'), 'Indicators are written in the words of children and young people. The Strengths column shows what is going well and is not a reason to refer.', refer('Pellowdown', 11)],
  },
  {
    id: 'quillmere', name: 'Quillmere', partnership: 'Quillmere Safeguarding Children Partnership',
    title: 'Quillmere Threshold Guide (web edition)', version: '2025-01-01', file: 'quillmere.html',
    layout: 'duplicates-html', layoutNote: 'HTML web page with a screen version and a print version of every list (each item counted once), tooltip glossary',
    domainStyle: 'triangle', hex: { q: 1, r: 3 },
    levels: [
      { local: 'Universal', bands: ['universal'], description: 'Universal: needs met by universal services.' },
      { local: 'Early Help', bands: ['early_help'], description: 'Early Help: single-agency early help, using an early help assessment.' },
      { local: 'Targeted', bands: ['targeted_early_help'], description: 'Targeted: multi-agency early help; a team around the family with a lead professional.' },
      { local: 'Specialist', bands: ['child_in_need', 'child_protection'], description: 'Specialist: children\'s social care, both child in need (s17) and child protection (s47).' },
    ],
    intro: [purpose('Quillmere'), refer('Quillmere', 12)],
  },
  {
    id: 'norrowby', name: 'Norrowby', partnership: 'Norrowby Safeguarding Children Partnership',
    title: 'Norrowby Levels of Need Framework', version: '2023-07-01', file: 'norrowby.docx',
    layout: 'docx-matrix', layoutNote: 'DOCX: a five-level matrix table (themes x levels)',
    domainStyle: 'themes', hex: { q: 2, r: 3 },
    levels: [
      { local: 'Level 1', bands: ['universal'], description: 'Level 1: universal services.' },
      { local: 'Level 2', bands: ['early_help'], description: 'Level 2: single-agency early help with an early help assessment.' },
      { local: 'Level 3', bands: ['targeted_early_help'], description: 'Level 3: multi-agency early help, team around the family, lead professional.' },
      { local: 'Level 4', bands: ['child_in_need'], description: 'Level 4: child in need, section 17 assessment by children\'s social care.' },
      { local: 'Level 5', bands: ['child_protection'], description: 'Level 5: child protection, strategy discussion and section 47 enquiries.' },
    ],
    intro: [purpose('Norrowby'), refer('Norrowby', 13)],
  },
  {
    id: 'gorsebeck', name: 'Gorsebeck', partnership: 'Gorsebeck Safeguarding Children Partnership',
    title: 'Gorsebeck Tiers of Need', version: '2022-11-01', file: 'gorsebeck.pdf',
    layout: 'columns-drawn', layoutNote: 'untagged PDF drawn with pdf-lib: two columns of flowing text, items and headings breaking across columns and pages, drawn bullets, hyphenation',
    domainStyle: 'themes', hex: { q: 4, r: 1 }, extra: true, set: 'stretch',
    levels: [
      { local: 'Tier 1: Universal Support', bands: ['universal'], description: 'Children and young people whose needs are met by the services every family uses: early years settings, schools, GPs and health visitors.' },
      { local: 'Tier 2: Early Help', bands: ['early_help'], description: 'Additional needs that one practitioner can meet, usually after an early help assessment agreed with the family.' },
      { local: 'Tier 3: Targeted Help', bands: ['targeted_early_help'], description: 'Several needs that call for a coordinated plan: a team around the family with a named lead professional. This help is voluntary and needs the family\'s consent.' },
      { local: 'Tier 4: Statutory Services', bands: ['child_in_need', 'child_protection'], description: 'Statutory social work. A child in need assessment under section 17, or, where there is reasonable cause to suspect significant harm, a strategy discussion and enquiries under section 47.' },
    ],
    intro: [purpose('Gorsebeck'), refer('Gorsebeck', 15)],
  },
  {
    id: 'merrowdene', name: 'Merrowdene', partnership: 'Merrowdene Children\'s Partnership',
    title: 'Merrowdene Needs Matrix', version: '2024-05-01', file: 'merrowdene.pdf',
    layout: 'matrix-transposed', layoutNote: 'tagged PDF (Chromium), landscape matrix with levels as ROWS and themes as columns',
    domainStyle: 'themes', hex: { q: 4, r: 2 }, extra: true, set: 'stretch',
    levels: [
      { local: 'Thriving', bands: ['universal'], description: 'Thriving: needs met through universal services.' },
      { local: 'Emerging Needs', bands: ['early_help', 'targeted_early_help'], description: 'Emerging Needs: early help, from a single agency through to a multi-agency team around the family, after an early help assessment.' },
      { local: 'Complex Needs', bands: ['child_in_need'], description: 'Complex Needs: child in need; social work assessment under s17.' },
      { local: 'Acute Needs', bands: ['child_protection'], description: 'Acute Needs: significant harm; strategy discussion and s47 enquiries.' },
    ],
    intro: [purpose('Merrowdene'), refer('Merrowdene', 16)],
  },
  {
    id: 'wraxbury', name: 'Wraxbury', partnership: 'Wraxbury Safeguarding Children Partnership',
    title: 'Wraxbury Ready Reckoner', version: '2023-03-01', file: 'wraxbury.pdf',
    layout: 'ready-reckoner', layoutNote: 'tagged PDF (Chromium): one table row per indicator with its level in a column, theme rows spanning the table',
    domainStyle: 'themes', hex: { q: 4, r: 3 }, extra: true, set: 'stretch',
    levels: [
      { local: 'Level 1', bands: ['universal'], description: 'Level 1 - universal services meet the need.' },
      { local: 'Level 2', bands: ['early_help'], description: 'Level 2 - single-agency early help; consider an early help assessment.' },
      { local: 'Level 3', bands: ['targeted_early_help'], description: 'Level 3 - multi-agency early help; team around the family and lead professional.' },
      { local: 'Level 4', bands: ['child_in_need', 'child_protection'], description: 'Level 4 - refer to children\'s social care: child in need (s17) or child protection (s47, strategy discussion).' },
    ],
    intro: [purpose('Wraxbury'), 'Find the situation in the left-hand column; the right-hand column gives the usual level. Always consider the whole picture.', refer('Wraxbury', 17)],
  },
  {
    id: 'brindlecote', name: 'Brindlecote', partnership: 'Brindlecote Safeguarding Children Partnership',
    title: 'Brindlecote Levels of Help', version: '2025-02-01', file: 'brindlecote.html',
    layout: 'accordion-html', layoutNote: 'HTML with an accordion per level (details/summary), cookie banner, feedback widget and related links',
    domainStyle: 'triangle', hex: { q: 3, r: 3 }, extra: true, set: 'stretch',
    levels: [
      { local: 'Everyday Help', bands: ['universal'], description: 'Everyday Help: the support every family gets from universal services.' },
      { local: 'Help When Needed', bands: ['early_help'], description: 'Help When Needed: one practitioner or service helps, after an early help assessment.' },
      { local: 'Extra Help', bands: ['targeted_early_help', 'child_in_need'], description: 'Extra Help: a team around the family with a lead professional, or a child in need assessment under section 17 where the needs call for social work.' },
      { local: 'Protection', bands: ['child_protection'], description: 'Protection: a strategy discussion and section 47 enquiries because a child may be suffering significant harm.' },
    ],
    intro: [purpose('Brindlecote'), refer('Brindlecote', 18)],
  },
  {
    id: 'ollerbridge', name: 'Ollerbridge', partnership: 'Ollerbridge Safeguarding Children Partnership',
    title: 'Ollerbridge Continuum of Need', version: '2021-09-01', file: 'ollerbridge.docx',
    layout: 'docx-merged', layoutNote: 'DOCX: one table with the level cell merged down the rows of its areas (vertical merge), strengths column beside needs',
    domainStyle: 'themes', hex: { q: 0, r: 0 }, extra: true, set: 'stretch',
    levels: [
      { local: 'Universal', bands: ['universal'], description: 'Universal: universal services.' },
      { local: 'Universal Plus', bands: ['early_help'], description: 'Universal Plus: additional single-agency support; early help assessment.' },
      { local: 'Complex', bands: ['targeted_early_help'], description: 'Complex: multi-agency early help through a team around the family.' },
      { local: 'Acute', bands: ['child_in_need', 'child_protection'], description: 'Acute: statutory social work, both s17 child in need and s47 child protection.' },
    ],
    intro: [purpose('Ollerbridge'), refer('Ollerbridge', 19)],
  },
  {
    id: 'culverholme', name: 'Culverholme', partnership: 'Culverholme Safeguarding Children Partnership',
    title: 'Culverholme Stages of Need', version: '2024-10-01', file: 'culverholme.pdf',
    layout: 'matrix-unruled', layoutNote: 'untagged PDF drawn with pdf-lib: matrix with NO ruling lines (alternating row shading only), dash bullets, wrapped and hyphenated cells',
    domainStyle: 'themes', hex: { q: 4, r: 0 }, extra: true, set: 'stretch',
    levels: [
      { local: 'Stage 1', bands: ['universal'], description: 'Universal services meet the child\'s needs.' },
      { local: 'Stage 2', bands: ['early_help'], description: 'Early help from one service, with an early help assessment.' },
      { local: 'Stage 3', bands: ['targeted_early_help', 'child_in_need'], description: 'A team around the family led by a lead professional, or a child in need assessment under section 17.' },
      { local: 'Stage 4', bands: ['child_protection'], description: 'Child protection: strategy discussion and section 47 enquiries.' },
    ],
    intro: [purpose('Culverholme'), refer('Culverholme', 20)],
  },
  {
    id: 'sallowmere', name: 'Sallowmere', partnership: 'Sallowmere Safeguarding Children Partnership',
    title: 'Sallowmere Threshold Guidance', version: '2024-12-01', file: 'sallowmere.pdf',
    layout: 'per-level-glance', layoutNote: 'tagged PDF (Chromium): a section per level, then an "at a glance" appendix table repeating every indicator (count each once)',
    domainStyle: 'themes', hex: { q: 5, r: 2 }, extra: true, set: 'stretch', steps: true, cases: true,
    levels: [
      { local: 'Tier 1 - Universal', bands: ['universal'], description: 'Tier 1 - Universal: needs met by universal services.' },
      { local: 'Tier 2 - Early Help', bands: ['early_help', 'targeted_early_help'], description: 'Tier 2 - Early Help: single-agency help, or a team around the family with a lead professional when several needs are present; starts with an early help assessment.' },
      { local: 'Tier 3 - Child in Need', bands: ['child_in_need'], description: 'Tier 3 - Child in Need: an assessment under section 17 when needs remain despite help at Tier 2.' },
      { local: 'Tier 4 - Child Protection', bands: ['child_protection'], description: 'Tier 4 - Child Protection: a strategy discussion and section 47 enquiries.' },
    ],
    intro: [purpose('Sallowmere'), refer('Sallowmere', 21)],
  },
  // ---------------------------------------------------------------- second versions
  {
    id: 'marlowmere', name: 'Marlowmere', partnership: 'Marlowmere Safeguarding Children Partnership',
    title: 'Marlowmere Family Help Thresholds', version: '2025-09-01', file: 'marlowmere-2025.pdf',
    layout: 'per-level-pdf', layoutNote: 'tagged PDF (Chromium), second version: four-level scheme redrawn as a Family Help scheme',
    domainStyle: 'triangle', hex: { q: 1, r: 0 }, revises: 'marlowmere', cases: true,
    levels: [
      { local: 'Universal Help', bands: ['universal'], description: 'Universal Help: needs met by universal services.' },
      { local: 'Family Help', bands: ['early_help', 'targeted_early_help', 'child_in_need'], description: 'Family Help brings together early help and child in need work: a single Family Help lead practitioner offers help from a light-touch early help assessment through to a section 17 child in need plan.' },
      { local: 'Child Protection', bands: ['child_protection'], description: 'Child Protection: the multi-agency child protection team leads the strategy discussion and section 47 enquiries.' },
    ],
    intro: [purpose('Marlowmere'), 'This edition replaces the 2023 four-level guidance. Early help and child in need are now one Family Help level, in line with the Families First reforms.', refer('Marlowmere', 1)],
  },
  {
    id: 'tidewick', name: 'Tidewick', partnership: 'Tidewick Safeguarding Children Partnership',
    title: 'Tidewick Levels of Need (revised)', version: '2025-09-01', file: 'tidewick-2025.txt',
    layout: 'text', layoutNote: 'plain text, second version: Family Help scheme with targeted and specialist family help',
    domainStyle: 'none', hex: { q: 2, r: 2 }, revises: 'tidewick', steps: true,
    levels: [
      { local: 'Universal', bands: ['universal'], description: 'Universal - needs met by universal services.' },
      { local: 'Targeted Family Help', bands: ['early_help'], description: 'Targeted Family Help - a single practitioner or service, after an early help assessment.' },
      { local: 'Specialist Family Help', bands: ['targeted_early_help', 'child_in_need'], description: 'Specialist Family Help - multi-agency help with a lead practitioner, including children in need under section 17.' },
      { local: 'Child Protection', bands: ['child_protection'], description: 'Child Protection - strategy discussion and section 47 enquiries by the multi-agency child protection team.' },
    ],
    intro: [purpose('Tidewick'), 'Revised for the Families First reforms: the Vulnerable and Complex levels are replaced by Targeted and Specialist Family Help.', refer('Tidewick', 10)],
  },
  // ---------------------------------------------------------------- expected failure
  {
    id: 'ebbleside', name: 'Ebbleside', partnership: 'Ebbleside Safeguarding Children Partnership',
    title: 'Ebbleside Threshold Guidance (scanned)', version: '2019-10-01', file: 'ebbleside-scanned.pdf',
    layout: 'image-only', layoutNote: 'PDF whose pages are images only (no text layer): extraction is expected to fail',
    domainStyle: 'triangle', hex: { q: 0, r: 1 + 2 }, expectError: true,
    levels: [
      { local: 'Level 1', bands: ['universal'], description: 'Universal services.' },
      { local: 'Level 2', bands: ['early_help', 'targeted_early_help'], description: 'Early help from one agency or a team around the family.' },
      { local: 'Level 3', bands: ['child_in_need'], description: 'Child in need, section 17.' },
      { local: 'Level 4', bands: ['child_protection'], description: 'Child protection, section 47.' },
    ],
    intro: [purpose('Ebbleside'), refer('Ebbleside', 14)],
  },
];
