// Domain headings each document style uses, keyed by situation category or primary topic.
import type { Category } from './situations.ts';

export const TRIANGLE: Record<Category, string> = {
  health: "Child's developmental needs",
  learning: "Child's developmental needs",
  emotional: "Child's developmental needs",
  behaviour: "Child's developmental needs",
  risk: "Child's developmental needs",
  safety: 'Parenting capacity',
  parenting: 'Parenting capacity',
  family: 'Family and environmental factors',
};

export const THEMES: Record<Category, string> = {
  health: 'Health and development',
  learning: 'Education and learning',
  emotional: 'Emotional wellbeing',
  behaviour: 'Behaviour and relationships',
  risk: 'Safety outside the home',
  safety: 'Safety and care at home',
  parenting: 'Parenting capacity',
  family: 'Family and environment',
};

/** Per-topic documents: a section per group of topics, chosen by the situation's first topic. */
export const TOPIC_SECTIONS: [string, string[]][] = [
  ['Abuse and disclosure', ['physical-abuse', 'bruising-non-mobile', 'sexual-abuse', 'emotional-abuse', 'disclosure', 'harmful-practices']],
  ['Neglect and basic care', ['neglect']],
  ['Domestic abuse and family relationships', ['domestic-abuse', 'family-relationships']],
  ['Parents and carers', ['parental-substance-misuse', 'parental-mental-health', 'parental-capacity', 'adult-offending']],
  ['Emotional wellbeing and self-harm', ['child-mental-health', 'self-harm', 'identity', 'social-isolation']],
  ['Risks outside the home', ['sexual-exploitation', 'criminal-exploitation', 'missing', 'trafficking', 'radicalisation', 'online-safety', 'child-substance-misuse', 'offending']],
  ['Education', ['school-attendance', 'exclusion', 'learning', 'send']],
  ['Health, disability and development', ['health', 'development', 'disability', 'pregnancy']],
  ['Behaviour and bullying', ['behaviour', 'bullying']],
  ['Home, money and community', ['housing', 'financial-hardship', 'asylum-migration', 'private-fostering', 'young-carer']],
];

/** Strengths written beside needs in the strengths-and-needs layout: never indicators. */
export const STRENGTHS: Record<Category, string[]> = {
  health: ['I am growing well and I eat healthy food', 'I know who to ask when I feel unwell'],
  learning: ['I like my teachers and I go to after-school club', 'I can read and write well for my age'],
  emotional: ['I have a trusted adult I can talk to', 'I feel good about myself most days'],
  behaviour: ['I can calm down when I am upset', 'I get on with other children in my class'],
  risk: ['I know how to keep myself safe online', 'My family know where I am when I go out'],
  safety: ['My home feels safe', 'I have clean clothes and enough to eat'],
  parenting: ['My family listen to me', 'My carers keep to routines I understand'],
  family: ['We have family and friends who help us', 'We have a home that is warm and dry'],
};
