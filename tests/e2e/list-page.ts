// A Yellow Pages search results page with hundreds of listings, written for the tests (not a saved page): the
// structure of tests/fixtures/adapters/yellowpages/search.html (one `div#lid-<n>` result per business, hCard
// classes), repeated with invented businesses, so the list queue can be tried at the size a user meets.

const PLACES = [
  'Lakeside',
  'Badger',
  'Isthmus',
  'Capitol',
  'Monona',
  'Mendota',
  'Atwood',
  'Willy Street',
  'Hilldale',
  'Maple Bluff',
  'Shorewood',
  'Nakoma',
  'Vilas',
  'Tenney',
  'Yahara',
  'Olbrich',
  'Sequoya',
  'Midvale',
  'Westmorland',
  'Dudgeon',
];
const TRADES = [
  'Plumbing',
  'Drain Service',
  'Pipe Works',
  'Water Heaters',
  'Sewer Cleaning',
  'Heating',
  'Boilers',
  'Fixtures',
  'Backflow Testing',
  'Sump Pumps',
  'Leak Detection',
  'Pipe Lining',
  'Gas Fitting',
  'Bath Remodeling',
  'Water Softeners',
  'Well Pumps',
  'Septic Service',
  'Hydro Jetting',
  'Faucet Repair',
  'Radiant Floors',
  'Tankless Systems',
  'Grease Traps',
  'Irrigation',
  'Frozen Pipes',
  'Solar Water',
];
const AREAS = ['608', '414', '262', '715', '920', '608', '414', '262', '715', '920'];

export interface Listing {
  id: number;
  name: string;
  /** As the page shows it, (608) 555-01xx. */
  phone: string;
  e164: string;
  email?: string;
}

/** The `count` (at most 1,000) businesses of the page, each with its own name and phone; `emails` adds an address. */
export function listings(count: number, emails: (i: number) => boolean = () => false): Listing[] {
  if (count > PLACES.length * TRADES.length * 2) throw new Error('too many listings');
  return Array.from({ length: count }, (_, i) => {
    const area = AREAS[Math.floor(i / 100)];
    const line = String(100 + (i % 100)).padStart(4, '0');
    const slug = i >= 500 ? ' & Sons' : '';
    const name = `${PLACES[i % PLACES.length]} ${TRADES[Math.floor(i / PLACES.length) % TRADES.length]}${slug}`;
    const item: Listing = { id: 4600000 + i, name, phone: `(${area}) 555-${line}`, e164: `+1${area}555${line}` };
    if (emails(i)) item.email = `office${i}@listing${i}.example`;
    return item;
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const slugOf = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The results page holding these listings. */
export function listPage(items: Listing[]): string {
  const results = items.map(
    (x, i) => `  <div class="result" id="lid-${x.id}">
    <div class="v-card">
      <h2 class="n"><a href="/madison-wi/mip/${slugOf(x.name)}-${x.id}">${esc(x.name)}</a></h2>
      <div class="categories"><a>Plumbers</a></div>
      <div class="phones phone primary tel">${x.phone}</div>
      <div class="adr"><div class="street-address">${100 + i} Main St</div><div class="locality">Madison, WI 53703</div></div>
      <a class="track-visit-website" href="https://www.${slugOf(x.name)}.example/" rel="nofollow">Website</a>${
        x.email ? `\n      <a class="email-business" href="mailto:${x.email}">Email Business</a>` : ''
      }
    </div>
  </div>`,
  );
  return `<!doctype html>
<!-- Written for the tests (tests/e2e/list-page.ts): a Yellow Pages results page with ${items.length} invented listings. -->
<html lang="en">
<head><meta charset="utf-8"><title>Plumbers in Madison, WI | YP.com</title></head>
<body>
<div class="search-results organic">
${results.join('\n')}
</div>
</body>
</html>
`;
}
