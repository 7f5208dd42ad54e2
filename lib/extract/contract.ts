import type { ContractLead, DraftLead } from './types';

/** A draft lead in the shape `npm run extract` prints (DESIGN.md, "Contracts other tools rely on"). */
export function toContractLead(lead: DraftLead): ContractLead {
  const vals = (xs?: { value: string; shown?: string }[]) => (xs ?? []).map((x) => x.shown ?? x.value);
  return {
    organization: lead.organization?.value ?? '',
    persons: lead.persons.map((p) => ({ name: p.value.name, title: p.value.title ?? '' })),
    phones: vals(lead.phones),
    faxes: vals(lead.faxes),
    emails: vals(lead.emails),
    websites: vals(lead.websites),
    addresses: lead.addresses.map(({ value: a }) => ({
      street: a.street ?? a.raw ?? '',
      city: a.city ?? '',
      region: a.region ?? '',
      postcode: a.postcode ?? '',
      country: a.country ?? '',
    })),
    im: {
      wechat: vals(lead.im.wechat),
      qq: vals(lead.im.qq),
      whatsapp: vals(lead.im.whatsapp),
      skype: vals(lead.im.skype),
      wangwang: vals(lead.im.wangwang),
    },
  };
}
