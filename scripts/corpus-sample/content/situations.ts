// The shared pool of situations behind the fictional sample corpus.
// Each situation carries topics assigned BY HAND (read as a social worker would), the range of bands
// (0 universal .. 4 child protection) where authorities plausibly place it, and several phrasings:
// authorities word the same situation differently (the postcode lottery is in wording and level).
// A phrasing may be [text, topics] when that wording carries other topics (the list replaces the situation's); `me` is the child's own voice.

export type Category =
  | 'health' | 'learning' | 'emotional' | 'behaviour' | 'risk' | 'safety' | 'parenting' | 'family';

export type Phrasing = string | [string, string[]];

export interface Situation {
  id: string;
  category: Category;
  topics: string[];
  /** Lowest and highest band index (0 universal, 1 early_help, 2 targeted_early_help, 3 child_in_need, 4 child_protection). */
  lo: number;
  hi: number;
  phrasings: Phrasing[];
  me?: Phrasing;
  /** Phrasings run from mildest to gravest: an authority placing the situation higher uses a graver one. */
  graded?: boolean;
}

const s = (
  id: string, category: Category, topics: string[], lo: number, hi: number, phrasings: Phrasing[], me?: Phrasing,
): Situation => ({ id, category, topics, lo, hi, phrasings, me });
const graded = (x: Situation): Situation => ({ ...x, graded: true });

export const SITUATIONS: Situation[] = [
  // ---------------------------------------------------------------- abuse and safety
  s('baby-bruise', 'safety', ['bruising-non-mobile', 'physical-abuse'], 4, 4, [
    'Any bruising or injury to a non-mobile baby',
    'Unexplained bruise, mark or injury on a baby who is not yet crawling or walking',
    'Bruising in a pre-mobile infant, however minor, with no plausible explanation',
  ]),
  s('baby-injury', 'safety', ['bruising-non-mobile', 'physical-abuse'], 4, 4, [
    'Suspicious injury to a baby under 6 months, such as a fracture, burn or bite mark',
    'A non-mobile infant presents with an injury that the carers cannot explain',
  ]),
  graded(s('injury-unexplained', 'safety', ['physical-abuse'], 3, 4, [
    'Unexplained injuries, or injuries inconsistent with the explanation given',
    'Child has repeated injuries with differing explanations from carers',
    'Serious or life-threatening injury where abuse is suspected',
  ], 'I have bruises that I do not want to talk about')),
  graded(s('chastisement', 'parenting', ['physical-abuse', 'parental-capacity'], 1, 3, [
    'Parents use physical chastisement but are open to advice',
    'Occasional smacking reported by the child; parents accept support with discipline',
    'Harsh physical punishment used as a regular form of discipline',
  ], 'Sometimes I get smacked when I am naughty')),
  s('disclosure-physical', 'safety', ['disclosure', 'physical-abuse'], 4, 4, [
    'Child discloses being hit or physically hurt by a parent or carer',
    'Allegation of physical abuse made by the child',
  ], 'I have told my teacher that my dad hits me'),
  s('disclosure-sexual', 'safety', ['disclosure', 'sexual-abuse'], 4, 4, [
    'Child makes a disclosure of sexual abuse',
    'Allegation that a child has been sexually abused by a family member or another adult',
  ], 'I have told someone that an adult touched me in a way I did not like'),
  s('sexualised-behaviour', 'behaviour', ['sexual-abuse', 'behaviour'], 2, 4, [
    "Sexualised behaviour that is not appropriate for the child's age",
    'Harmful sexual behaviour towards other children',
    ['Age-inappropriate sexual knowledge or behaviour in a child under 5', ['sexual-abuse', 'behaviour', 'development']],
  ]),
  s('sex-offender-contact', 'safety', ['sexual-abuse', 'adult-offending'], 4, 4, [
    'Child is in contact with an adult who poses a known sexual risk to children',
    'A person convicted of sexual offences against children is living in or visiting the household',
  ]),
  graded(s('cse-risk', 'risk', ['sexual-exploitation'], 2, 4, [
    'Child at risk of sexual exploitation',
    'Young person receiving gifts, money or lifts from older adults / going to parties with older men',
    ['Evidence that a child is being sexually exploited; repeated missing episodes and unexplained gifts', ['sexual-exploitation', 'missing']],
  ], 'I have an older boyfriend who buys me things and takes me to parties')),
  s('grooming-online', 'risk', ['sexual-exploitation', 'online-safety'], 2, 4, [
    'Child is being groomed online',
    'Contact with unknown adults through social media or gaming platforms, with concerns about grooming',
  ], 'I talk to people online who ask me to send pictures of myself'),
  s('sexting', 'risk', ['online-safety'], 1, 2, [
    'Sharing of nudes or semi-nudes between young people',
    'Concerns about sexting or inappropriate use of social media',
  ], 'I have sent pictures of myself that I now regret'),
  s('online-unsupervised', 'parenting', ['online-safety'], 0, 1, [
    'Unsupervised or excessive use of the internet and online gaming',
    ['Parents unaware of online risks; no parental controls on devices', ['online-safety', 'parental-capacity']],
  ], 'I play games online until late at night'),
  s('online-content', 'risk', ['online-safety'], 1, 2, [
    'Viewing harmful content online, such as violent or self-harm material',
    'Exposure to harmful material on social media',
  ]),
  s('county-lines', 'risk', ['criminal-exploitation'], 3, 4, [
    'Child is involved in county lines drug dealing',
    'Young person found with large amounts of cash or drugs, or carrying drugs across areas',
    ['Child being criminally exploited by a gang; found out of area', ['criminal-exploitation', 'missing']],
  ]),
  s('gang-association', 'risk', ['criminal-exploitation'], 2, 3, [
    'Associating with older peers linked to gangs',
    'Child at risk of gang involvement or serious youth violence',
  ], 'My friends are older and they make me carry things for them'),
  s('weapons', 'risk', ['criminal-exploitation', 'offending'], 3, 4, [
    'Young person known to carry a knife or other weapon',
    'Child is a victim or perpetrator of serious youth violence involving weapons',
  ]),
  s('missing-repeated', 'risk', ['missing'], 2, 4, [
    'Repeated missing from home episodes',
    "Child goes missing from home overnight; whereabouts unknown",
    'Frequent episodes of running away / staying out late without parents knowing where they are',
  ], 'I run away from home when things get bad'),
  s('missing-once', 'risk', ['missing'], 1, 2, [
    'A single episode of going missing from home',
    'Occasionally stays out later than agreed',
  ], 'Sometimes I stay out late and do not tell anyone where I am'),
  s('missing-education', 'learning', ['school-attendance', 'missing'], 2, 3, [
    'Child missing education / not on a school roll',
    'Child not registered at any school and whereabouts during the day unknown',
  ]),
  s('trafficked', 'risk', ['trafficking'], 4, 4, [
    'Child suspected to be a victim of trafficking or modern slavery',
    'Concerns that a child has been trafficked into the country for exploitation',
  ]),
  s('forced-labour', 'risk', ['trafficking', 'criminal-exploitation'], 3, 4, [
    'Child made to work for adults outside the family, for example in cannabis farms or nail bars',
    'Evidence of forced labour or domestic servitude',
  ]),
  s('radicalisation', 'risk', ['radicalisation'], 2, 4, [
    'Child expressing extremist views or at risk of radicalisation',
    'Concerns about radicalisation; referral to Prevent / Channel considered',
  ], ['I look at extremist websites and share the ideas with my friends', ['radicalisation', 'online-safety']]),
  s('radical-family', 'risk', ['radicalisation'], 3, 4, [
    'Family members hold extremist views and the child is exposed to them',
    'Parent or carer involved in extremist activity',
  ]),
  s('fgm', 'safety', ['harmful-practices'], 4, 4, [
    'Child at risk of female genital mutilation (FGM), or a sibling has undergone FGM',
    ['FGM has been disclosed or identified', ['harmful-practices', 'disclosure']],
  ]),
  s('forced-marriage', 'safety', ['harmful-practices'], 4, 4, [
    'Young person at risk of forced marriage',
    'Concerns about forced marriage, honour-based abuse or breast ironing',
  ]),
  // ---------------------------------------------------------------- neglect and care
  s('hygiene', 'safety', ['neglect'], 1, 3, [
    'Poor hygiene; child often arrives at school unwashed or in dirty clothing',
    'Child is inappropriately dressed for the weather',
    ['Persistent poor hygiene that is affecting friendships', ['neglect', 'social-isolation']],
  ], 'My clothes are often dirty and too small'),
  s('hunger', 'safety', ['neglect'], 1, 3, [
    'Child is often hungry',
    'Inadequate diet; child regularly comes to school without having eaten',
  ], 'I am often hungry at school'),
  s('neglect-severe', 'safety', ['neglect'], 3, 4, [
    "Severe neglect that is impairing the child's health and development",
    ['Failure to thrive with no medical explanation', ['neglect', 'health']],
    'Persistent neglect despite support at lower levels',
  ]),
  graded(s('home-conditions', 'family', ['neglect', 'housing'], 2, 4, [
    'Home conditions are unhygienic or unsafe',
    'Home is dirty and cluttered, with no working heating or cooking facilities',
    ['Serious hazards in the home such as exposed wiring, drugs or needles within reach', ['neglect', 'housing', 'parental-substance-misuse']],
  ])),
  graded(s('supervision', 'safety', ['neglect'], 1, 4, [
    'Young children left alone or in the care of an unsuitable person',
    "Inadequate supervision for the child's age",
    'Child under 5 found unsupervised outside the home',
  ], 'I am left on my own at home a lot')),
  s('baby-neglect', 'safety', ['neglect', 'health'], 4, 4, [
    'Baby under 1 with faltering growth, poor care and missed health checks',
  ]),
  // ---------------------------------------------------------------- health, disability, development
  s('dental', 'health', ['health', 'neglect'], 1, 2, [
    'Untreated dental decay',
    'Dental or medical needs not being met; child not registered with a GP',
  ]),
  s('missed-appointments', 'health', ['health'], 0, 2, [
    'Missed health appointments and immunisations',
    'Parents do not take the child to health appointments; repeated missed appointments',
    'Immunisations not up to date',
  ]),
  s('health-good', 'health', ['health'], 0, 0, [
    'Child is healthy and receives routine health checks',
    "No concerns about the child's physical health; immunisations up to date",
  ], 'I am healthy and I go to the doctor and the dentist'),
  s('weight', 'health', ['health'], 1, 2, [
    "Child is overweight or underweight, affecting their health",
    "Concerns about the child's growth or weight",
  ]),
  s('chronic-illness', 'health', ['health', 'disability'], 1, 3, [
    'Child has a long-term health condition that is not well managed',
    'Complex health needs requiring coordinated support from several agencies',
  ]),
  s('disability-complex', 'health', ['disability'], 2, 3, [
    'Child has a significant disability requiring specialist services',
    'Disabled child whose needs cannot be met by universal services alone',
  ]),
  s('disability-carers', 'parenting', ['disability', 'parental-capacity'], 2, 3, [
    'Parents of a disabled child struggling to cope and needing short breaks',
    "Carers unable to meet the care needs of a child with a physical or learning disability",
  ]),
  s('send-support', 'learning', ['send'], 1, 2, [
    'Child has special educational needs and receives SEN support',
    'Emerging special educational needs not yet assessed',
  ]),
  s('ehcp', 'learning', ['send'], 2, 3, [
    'Child with an Education, Health and Care Plan (EHCP) whose needs are not being met',
    'SEND needs requiring an EHC needs assessment',
  ]),
  s('send-met', 'learning', ['send'], 0, 0, [
    'Special educational needs identified and met in school',
  ]),
  s('speech', 'health', ['development'], 1, 2, [
    'Delayed speech and language development',
    "Speech and language delay affecting the child's ability to communicate",
  ]),
  s('milestones-met', 'health', ['development'], 0, 0, [
    'Child is reaching developmental milestones',
    'Meets expected developmental milestones; no concerns at the two-year check',
  ]),
  graded(s('milestones-delay', 'health', ['development'], 1, 3, [
    'Not meeting developmental milestones; concerns raised at the two-year check',
    'Significant developmental delay in a child under 5',
  ])),
  s('school-readiness', 'learning', ['learning', 'development'], 1, 2, [
    'Child not ready for school; limited early learning at home',
    'Poor school readiness',
  ]),
  // ---------------------------------------------------------------- education
  s('attendance-good', 'learning', ['school-attendance'], 0, 0, [
    'Attends school regularly and on time',
    'Good attendance; no concerns about punctuality',
  ], 'I go to school every day'),
  s('attendance-low', 'learning', ['school-attendance'], 1, 2, [
    'Attendance below 90%',
    'Persistent absence from school',
    'Regular lateness and unauthorised absences',
  ], 'I miss school a lot'),
  s('attendance-severe', 'learning', ['school-attendance'], 2, 3, [
    'Severe absence (below 50%) despite support',
    'Child rarely attends school and parents are not engaging with the attendance service',
  ]),
  s('home-education', 'learning', ['school-attendance'], 1, 3, [
    'Concerns about elective home education; child not seen by professionals',
    'Child withdrawn from school for home education with no suitable education in place',
  ]),
  s('exclusion-risk', 'learning', ['exclusion', 'behaviour'], 1, 2, [
    'At risk of exclusion from school',
    'Child has had a fixed-term exclusion or suspension',
    'Repeated suspensions from school for disruptive behaviour',
  ], 'I keep getting sent home from school'),
  s('exclusion-permanent', 'learning', ['exclusion'], 2, 3, [
    'Permanently excluded from school',
    ['Child has been permanently excluded and has no school place', ['exclusion', 'school-attendance']],
  ]),
  s('learning-under', 'learning', ['learning'], 1, 2, [
    'Underachieving at school and not making expected progress',
    'Falling behind in learning',
  ], 'I find it hard to keep up in lessons'),
  s('learning-ok', 'learning', ['learning'], 0, 0, [
    'Achieving expected progress in learning',
    'Making good progress at school',
  ], 'I enjoy learning and I am doing well at school'),
  // ---------------------------------------------------------------- behaviour, emotional wellbeing
  s('behaviour-mild', 'behaviour', ['behaviour'], 1, 2, [
    'Behaviour difficulties at home or school',
    'Difficulty managing emotions, with frequent angry outbursts',
  ], 'I get angry and shout at people'),
  s('behaviour-severe', 'behaviour', ['behaviour'], 2, 3, [
    'Challenging behaviour that places the child or others at risk',
    ['Aggressive or violent behaviour towards parents or siblings', ['behaviour', 'family-relationships']],
  ]),
  s('antisocial', 'behaviour', ['offending', 'behaviour'], 1, 2, [
    'Involved in low-level antisocial behaviour',
    'Antisocial behaviour in the community',
  ], ['I have been in trouble with the police', ['offending']]),
  s('offending', 'behaviour', ['offending'], 2, 3, [
    'Child is involved in offending and known to the youth justice service',
    'Repeated offending, or arrested for a serious offence',
  ]),
  s('substance-child', 'risk', ['child-substance-misuse'], 1, 3, [
    'Experimenting with alcohol or cannabis',
    'Regular drug or alcohol use by the young person',
  ], 'I drink alcohol with my friends at weekends'),
  s('substance-child-severe', 'risk', ['child-substance-misuse'], 3, 4, [
    'Young person\'s substance misuse is placing them at serious risk',
    ['Child found intoxicated; hospital admission due to alcohol or drugs', ['child-substance-misuse', 'health']],
  ]),
  s('volatile', 'risk', ['child-substance-misuse'], 2, 3, [
    'Misuse of volatile substances (solvents, gas)',
  ]),
  s('mood-low', 'emotional', ['child-mental-health'], 0, 1, [
    'Child has low mood or anxiety that is being managed',
    'Some signs of anxiety or worry',
  ], "I worry a lot and sometimes I can't sleep"),
  s('mh-moderate', 'emotional', ['child-mental-health'], 1, 3, [
    'Emotional wellbeing concerns affecting daily life; may need CAMHS',
    'Ongoing anxiety or depression; referred to CAMHS',
  ], 'I feel sad most of the time'),
  s('mh-severe', 'emotional', ['child-mental-health'], 3, 4, [
    'Severe mental health difficulties requiring specialist CAMHS',
    'Acute mental health crisis',
  ]),
  graded(s('self-harm', 'emotional', ['self-harm'], 1, 3, [
    'Superficial self-harm, known to parents, and the child is accepting support',
    'Child has self-harmed',
  ], 'I have hurt myself on purpose')),
  graded(s('self-harm-serious', 'emotional', ['self-harm'], 2, 4, [
    'Repeated or escalating self-harm',
    'Self-harm with suicidal thoughts; young person refusing help',
    'Suicide attempt or serious self-harm requiring hospital treatment',
  ], 'I have thought about ending my life')),
  graded(s('bullied', 'behaviour', ['bullying'], 0, 2, [
    ['Being bullied at school or online', ['bullying', 'online-safety']],
    ['Child is the victim of persistent bullying that is affecting their attendance', ['bullying', 'school-attendance']],
  ], 'I get picked on at school')),
  s('bullying-others', 'behaviour', ['bullying', 'behaviour'], 1, 2, [
    'Child is bullying other children',
    ['Bullies other pupils in person or online', ['bullying', 'behaviour', 'online-safety']],
  ]),
  s('identity', 'emotional', ['identity'], 0, 2, [
    'Low self-esteem',
    'Child experiences discrimination because of race, religion, gender identity or sexuality',
    'Difficulties with identity, including gender or cultural identity',
  ], "I don't like who I am"),
  s('identity-ok', 'emotional', ['identity'], 0, 0, [
    'Good self-esteem and a positive sense of identity',
    'Confident, with a positive sense of who they are',
  ], 'I feel proud of who I am and where I come from'),
  s('identity-unsupported', 'emotional', ['identity', 'family-relationships'], 1, 2, [
    'Young person exploring their gender identity without support from their family',
    'Conflict at home about the young person\'s sexuality or cultural identity',
  ]),
  s('wellbeing-ok', 'emotional', ['child-mental-health'], 0, 0, [
    'Good emotional wellbeing; copes with everyday worries',
  ], 'I feel happy most of the time'),
  s('isolated-child', 'emotional', ['social-isolation'], 1, 2, [
    'Child has few or no friends',
    'Socially isolated; rarely leaves the house',
  ], "I don't have any friends"),
  // ---------------------------------------------------------------- family and environment
  s('family-ok', 'family', ['family-relationships'], 0, 0, [
    'Positive relationships within the family',
    ['Parents support each other and share care of the children', ['family-relationships', 'parental-capacity']],
  ], 'I get on well with my family'),
  s('finances-ok', 'family', ['financial-hardship'], 0, 0, [
    'Family manages its money; no concerns about debt',
    'Parents in work or receiving the benefits they are entitled to',
  ]),
  s('isolated-family', 'family', ['social-isolation'], 0, 2, [
    'Family is isolated with little support from friends or relatives',
    'Family new to the area with no support networks',
  ]),
  s('young-carer', 'family', ['young-carer'], 1, 3, [
    'Child is a young carer',
    'Young carer whose caring role is affecting their education and wellbeing',
  ], 'I look after my mum when she is poorly'),
  s('young-carer-heavy', 'family', ['young-carer', 'parental-mental-health'], 2, 3, [
    'Child caring for a parent with mental ill-health',
    ['Child taking on the care of a parent who misuses drugs or alcohol', ['young-carer', 'parental-substance-misuse']],
  ]),
  s('teen-pregnancy', 'health', ['pregnancy'], 1, 3, [
    'Teenage pregnancy',
    'Young person under 16 who is pregnant',
    ['Teenage parent needing support to care for their baby', ['pregnancy', 'parental-capacity']],
  ]),
  s('under13-pregnancy', 'safety', ['pregnancy', 'sexual-abuse'], 4, 4, [
    'Pregnancy in a child under 13',
    ['Sexual activity involving a child under 13', ['sexual-abuse']],
  ]),
  s('unborn', 'parenting', ['pregnancy'], 2, 4, [
    'Concerns about an unborn baby',
    'Late booking or concealed pregnancy',
    ['Unborn baby where a previous child has been removed from parental care', ['pregnancy', 'parental-capacity']],
  ]),
  s('prebirth-substance', 'parenting', ['pregnancy', 'parental-substance-misuse'], 3, 4, [
    'Mother using drugs or alcohol during pregnancy',
    'Substance misuse in pregnancy placing the unborn baby at risk',
  ]),
  s('dv-single', 'family', ['domestic-abuse'], 1, 2, [
    'A single incident of domestic abuse with no injury',
    ['Parental conflict and arguments; one reported domestic incident', ['domestic-abuse', 'family-relationships']],
  ], ['Mum and dad shout at each other and it scares me', ['domestic-abuse', 'family-relationships']]),
  s('dv-repeat', 'family', ['domestic-abuse'], 3, 4, [
    'Repeated or escalating domestic abuse',
    'Domestic abuse where the child is injured or present during assaults',
    'High-risk domestic abuse (MARAC); victim not engaging with support',
  ], 'I see my dad hurt my mum'),
  s('dv-emotional', 'family', ['emotional-abuse', 'domestic-abuse'], 3, 4, [
    'Child exposed to domestic abuse, causing emotional harm',
    'Witnessing violence between adults at home is having a significant emotional impact on the child',
  ]),
  s('separation', 'family', ['family-relationships'], 1, 2, [
    'Parents separating and conflict is affecting the child',
    'Acrimonious separation; child caught in the middle',
  ], 'My parents argue about who I live with'),
  s('family-breakdown', 'family', ['family-relationships'], 2, 3, [
    'Family breakdown; child at risk of becoming looked after',
    'Parent asks for the child to be accommodated',
  ]),
  s('bereavement', 'family', ['family-relationships'], 1, 2, [
    'Bereavement or loss affecting the child',
    'Death of a parent or sibling',
  ], 'My grandad died and I miss him'),
  s('parent-mh', 'parenting', ['parental-mental-health'], 1, 2, [
    'Parent has mental health difficulties that are managed',
    ['Parental depression or anxiety affecting care of the child', ['parental-mental-health', 'parental-capacity']],
  ]),
  s('parent-mh-severe', 'parenting', ['parental-mental-health'], 3, 4, [
    "Parent's severe mental illness places the child at risk",
    ["Parental mental health crisis; child's needs not being met", ['parental-mental-health', 'neglect']],
  ]),
  s('parent-substance', 'parenting', ['parental-substance-misuse'], 1, 3, [
    'Parental drug or alcohol use affecting the care of the child',
    'Parent drinks heavily at weekends',
  ], "My mum drinks a lot and then she can't look after us"),
  s('parent-substance-severe', 'parenting', ['parental-substance-misuse'], 3, 4, [
    'Parental substance misuse with the child exposed to drugs, dealing or intoxicated carers',
    ['Chaotic parental drug use; parent unable to care for the child', ['parental-substance-misuse', 'parental-capacity']],
  ]),
  s('boundaries-ok', 'parenting', ['parental-capacity'], 0, 0, [
    'Parents provide appropriate guidance and boundaries',
    'Consistent routines and boundaries at home',
  ]),
  s('boundaries-need', 'parenting', ['parental-capacity'], 1, 2, [
    'Parents need advice on routines and boundaries',
    'Inconsistent parenting, with few boundaries or routines',
  ], 'There are no rules at home and I go to bed when I want'),
  s('parent-ld', 'parenting', ['parental-capacity'], 2, 3, [
    "Parent has a learning disability affecting their ability to meet the child's needs",
    'Carer with learning difficulties who needs support to parent',
  ]),
  s('stimulation', 'parenting', ['parental-capacity', 'development'], 1, 2, [
    'Lack of stimulation and play at home',
    'Parents rarely play with or talk to their baby',
  ]),
  graded(s('not-protecting', 'parenting', ['parental-capacity'], 3, 4, [
    'Parents not engaging with services despite escalating concerns',
    'Parents refuse consent for an early help assessment where needs are significant',
    'Parents unable or unwilling to protect the child from harm',
  ])),
  s('emotional-abuse', 'parenting', ['emotional-abuse'], 3, 4, [
    'Child is persistently rejected, humiliated or blamed',
    'Emotional abuse: child is scapegoated within the family',
  ], 'My mum says she wishes I was never born'),
  s('warmth-low', 'parenting', ['emotional-abuse', 'parental-capacity'], 1, 2, [
    'Lack of emotional warmth from parents',
    'Parents are critical of the child and rarely praise them',
  ]),
  s('housing-poor', 'family', ['housing'], 1, 2, [
    'Overcrowded or poor-quality housing',
    ["Damp and mould in the home affecting the child's health", ['housing', 'health']],
  ], 'I share a bed with my brothers because there is not enough room'),
  s('homeless', 'family', ['housing'], 2, 3, [
    'Family is homeless or living in temporary accommodation',
    'Family facing eviction / threatened with homelessness',
    'Young person aged 16 or 17 presenting as homeless',
  ]),
  s('housing-ok', 'family', ['housing'], 0, 0, [
    'Stable, adequate housing',
    ['No concerns about housing or home conditions', ['housing', 'neglect']],
  ]),
  s('poverty', 'family', ['financial-hardship'], 1, 2, [
    'Family on a low income struggling to afford food and heating',
    'Debt or benefit problems causing stress in the family',
  ], "We don't always have money for food or the gas meter"),
  s('unemployment', 'family', ['financial-hardship'], 0, 1, [
    'Parents unemployed, with financial difficulties',
    'Family affected by a sudden loss of income',
  ]),
  s('nrpf', 'family', ['asylum-migration', 'financial-hardship'], 2, 3, [
    'Family with no recourse to public funds',
    'Insecure immigration status leaving the family without income',
  ]),
  s('uasc', 'family', ['asylum-migration'], 3, 4, [
    'Unaccompanied asylum-seeking child',
    'Child arriving in the UK alone and seeking asylum',
  ]),
  s('uasc-trafficked', 'risk', ['asylum-migration', 'trafficking'], 3, 4, [
    'Unaccompanied child whose journey suggests they may have been trafficked',
  ]),
  s('new-arrivals', 'family', ['asylum-migration'], 1, 2, [
    'Refugee family needing help to access services',
    ['Family recently arrived in the UK, with language barriers and no local support', ['asylum-migration', 'social-isolation']],
  ]),
  s('private-fostering', 'family', ['private-fostering'], 1, 3, [
    'Child living in a private fostering arrangement',
    'Private fostering arrangement not notified to the local authority',
    'Child under 16 living with someone who is not a close relative for 28 days or more',
  ]),
  s('private-fostering-care', 'family', ['private-fostering'], 3, 3, [
    'Concerns about the care a privately fostered child is receiving',
  ]),
  s('parent-prison', 'family', ['adult-offending', 'family-relationships'], 1, 2, [
    'Parent in prison',
    'Parent or carer has a criminal record or is in custody',
  ], 'My dad is in prison and I miss him'),
  s('risky-adult', 'safety', ['adult-offending'], 3, 4, [
    'Adult posing a risk to children living in or visiting the home',
    'New partner with a history of violence joins the household',
  ]),
  s('allegation-professional', 'safety', ['disclosure'], 3, 4, [
    'Child makes an allegation against a professional or volunteer (refer to the LADO)',
    'Allegation that a member of staff has harmed a child',
  ]),
];
