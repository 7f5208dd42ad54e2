import { z } from 'zod';

// The customer file (客户档案) as stored and exported. Every field group of DESIGN.md is here, even those the UI
// shows later, so that the export carries them all. Keys are short where they repeat 100,000 times.

/** Where a value came from, from most to least trustworthy. */
export const SOURCE_KINDS = [
  'jsonld',
  'microdata',
  'rdfa',
  'microformat',
  'adapter',
  'recipe',
  'label',
  'meta',
  'link',
  'text',
  'user',
  'import',
] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** Provenance of one value: which layer found it, how sure it is, on which page (an index into card.sources). */
export const Prov = z.object({
  src: SourceKind,
  conf: z.number().min(0).max(1),
  /** Index into the card's `sources` list: the page and time of capture. */
  at: z.number().int().min(0).optional(),
  /** Site adapter or recipe id, when one produced it. */
  by: z.string().max(80).optional(),
});
export type Prov = z.infer<typeof Prov>;

const text = (max = 2000) => z.string().max(max);
const optText = (max = 2000) => text(max).optional();

/** A phone, fax, email or website with its provenance. `masked` keeps a back end's 138****5678 as shown. */
export const ContactValue = z.object({
  value: text(500),
  label: optText(80),
  masked: z.boolean().optional(),
  prov: Prov.optional(),
});
export type ContactValue = z.infer<typeof ContactValue>;

export const IM_KINDS = ['wechat', 'qq', 'whatsapp', 'skype', 'wangwang', 'telegram', 'line'] as const;
export const ImKind = z.enum(IM_KINDS);
export type ImKind = z.infer<typeof ImKind>;

export const ImHandle = ContactValue.extend({ kind: ImKind });
export type ImHandle = z.infer<typeof ImHandle>;

export const Contact = z.object({
  id: text(64),
  name: text(200),
  title: optText(200),
  department: optText(200),
  phones: z.array(ContactValue).default([]),
  emails: z.array(ContactValue).default([]),
  im: z.array(ImHandle).default([]),
  primary: z.boolean().default(false),
  /** Place in the decision chain (决策链): decision maker, influencer, user, gatekeeper… */
  role: optText(200),
  prov: Prov.optional(),
});
export type Contact = z.infer<typeof Contact>;

export const ADDRESS_KINDS = ['office', 'factory', 'shipping', 'billing', 'other'] as const;
export const Address = z.object({
  street: optText(500),
  district: optText(200),
  city: optText(200),
  region: optText(200),
  postcode: optText(40),
  country: optText(100),
  kind: z.enum(ADDRESS_KINDS).optional(),
  /** The address as written on the page, kept when parsing was unsure. */
  raw: optText(1000),
  prov: Prov.optional(),
});
export type Address = z.infer<typeof Address>;

export const CompanyProfile = z.object({
  industry: optText(200),
  businessType: optText(200),
  mainProducts: z.array(text(200)).default([]),
  staff: optText(100),
  revenue: optText(100),
  founded: optText(40),
  ownership: optText(100),
  certifications: z.array(text(200)).default([]),
});

export const PersonProfile = z.object({
  gender: z.enum(['male', 'female', 'other']).optional(),
  ageBand: optText(40),
  birthday: optText(20),
  anniversary: optText(20),
  occupation: optText(200),
  interests: optText(1000),
  personality: optText(1000),
});

export const CardSource = z.object({
  /** Host name for a captured page, or a channel name (trade show, referral…). */
  site: optText(200),
  url: optText(2000),
  capturedAt: z.number().int().optional(),
  extractor: optText(80),
  channel: optText(200),
});
export type CardSource = z.infer<typeof CardSource>;

export const GRADES = ['A', 'B', 'C'] as const;
export const VALUE_TIERS = ['key', 'normal', 'minor'] as const;
export const LIFECYCLES = ['prospect', 'new', 'existing'] as const;
export const STAGES = ['contact', 'needs', 'proposal', 'contract', 'ended'] as const;
export const RELATIONSHIPS = ['government', 'partner', 'company', 'individual', 'trading'] as const;

export const Classification = z.object({
  grade: z.enum(GRADES).optional(),
  valueTier: z.enum(VALUE_TIERS).optional(),
  lifecycle: z.enum(LIFECYCLES).optional(),
  stage: z.enum(STAGES).optional(),
  relationship: z.enum(RELATIONSHIPS).optional(),
  tags: z.array(text(60)).default([]),
});

export const Needs = z.object({
  needs: optText(),
  urgency: z.enum(['high', 'medium', 'low']).optional(),
  budget: optText(200),
  interests: optText(),
  concerns: optText(),
});

export const OrderItem = z.object({ name: text(500), quantity: z.number().optional(), price: z.number().optional() });
export const Order = z.object({
  number: text(100),
  platform: optText(60),
  date: optText(40),
  amount: z.number().optional(),
  currency: optText(10),
  items: z.array(OrderItem).default([]),
  prov: Prov.optional(),
});
export type Order = z.infer<typeof Order>;

export const Business = z.object({
  orders: z.array(Order).default([]),
  credit: z.object({ rating: optText(40), terms: optText(200), overdue: optText(200) }).default({}),
  satisfaction: optText(200),
});

export const Complaint = z.object({
  id: text(64),
  date: text(40),
  content: text(),
  resolution: optText(),
  status: z.enum(['open', 'resolved']).default('open'),
});

export const Notes = z.object({ text: optText(20000), special: optText(), risk: optText() });

export const Card = z.object({
  id: text(64),
  /** Customer number (客户编号), unique, from a pattern such as C-2026-0015. */
  number: text(60),
  kind: z.enum(['company', 'person']),
  name: text(500),
  creditCode: optText(40),
  phones: z.array(ContactValue).default([]),
  faxes: z.array(ContactValue).default([]),
  emails: z.array(ContactValue).default([]),
  websites: z.array(ContactValue).default([]),
  im: z.array(ImHandle).default([]),
  /** Platform buyer or member ids, as `platform:id` (taobao:nick, amazon:buyerid); a dedupe key. */
  platformIds: z.array(text(200)).default([]),
  contacts: z.array(Contact).default([]),
  addresses: z.array(Address).default([]),
  company: CompanyProfile.default({ mainProducts: [], certifications: [] }),
  person: PersonProfile.default({}),
  sources: z.array(CardSource).default([]),
  classification: Classification.default({ tags: [] }),
  needs: Needs.default({}),
  business: Business.default({ orders: [], credit: {} }),
  complaints: z.array(Complaint).default([]),
  notes: Notes.default({}),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  reviewedAt: z.number().int().optional(),
  /** Date of the latest follow-up (kept by every path that writes follow-ups), for "no contact for N days". */
  lastContactAt: z.number().int().optional(),
  /** Revision, raised on every write, so a save from a stale copy is detected instead of overwriting. */
  rev: z.number().int().min(0).default(0),
  /** Set when the card is in the trash. */
  deletedAt: z.number().int().optional(),
});
export type Card = z.infer<typeof Card>;
export type CardInput = z.input<typeof Card>;

export const FOLLOW_UP_METHODS = ['phone', 'visit', 'email', 'im', 'other'] as const;
export const MILESTONES = ['first-contact', 'needs-confirmed', 'proposal-sent', 'contract-signed', 'ended'] as const;

export const FollowUp = z.object({
  id: text(64),
  cardId: text(64),
  date: z.number().int(),
  by: optText(100),
  method: z.enum(FOLLOW_UP_METHODS),
  summary: text(20000),
  response: optText(),
  nextStep: optText(),
  nextDate: z.number().int().optional(),
  milestone: z.enum(MILESTONES).optional(),
  done: z.boolean().default(false),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const HistoryEntry = z.object({
  id: z.number().int().optional(),
  cardId: text(64),
  at: z.number().int(),
  by: optText(100),
  /** Dotted path of the field, such as `phones` or `classification.grade`. */
  field: text(200),
  old: z.unknown().optional(),
  new: z.unknown().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
