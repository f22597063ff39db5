/**
 * A generated news article with about `count` attributions the engine recognises ("X said",
 * "according to Y", "reportedly"), spread over many sources as a long live blog would be.
 */

const FIRST_NAMES = [
  'Elena',
  'Tomas',
  'Amara',
  'Wei',
  'Sofia',
  'Jonas',
  'Priya',
  'Mateo',
  'Hana',
  'Omar',
  'Greta',
  'Pablo',
];
const LAST_NAMES = [
  'Ruiz',
  'Berg',
  'Okafor',
  'Nair',
  'Marin',
  'Keller',
  'Silva',
  'Sato',
  'Haddad',
  'Lund',
  'Ortega',
  'Duarte',
  'Weber',
];
const OUTLETS = [
  'Reuters',
  'Interfax',
  'the Coastal Gazette',
  'the Harbour Times',
  'the Island News',
];
const TOPICS = [
  'the ferry contract would be signed before the summer',
  'fares, routes and timetables would be "set in public"',
  'the subsidy was twice as large as the current one',
  'the vote had been delayed by a week',
  'the harbour needed a second freight vessel',
  'the new timetable would add two crossings a day',
];

function sentence(index: number): string {
  const topic = TOPICS[index % TOPICS.length];
  // Twelve first names by thirteen last names: up to 156 people, cited unevenly.
  const person = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / 3) % LAST_NAMES.length]}`;
  const outlet = OUTLETS[index % OUTLETS.length];
  switch (index % 4) {
    case 0:
    case 1:
      return `${person} said ${topic}.`;
    case 2:
      return `Officials expected the council to act, according to ${outlet}.`;
    default:
      return `The operator reportedly believed ${topic}.`;
  }
}

export function articleWithClaims(count: number): string {
  const paragraphs: string[] = [];
  for (let index = 0; index < count; index += 2) {
    paragraphs.push(`<p>${sentence(index)} ${index + 1 < count ? sentence(index + 1) : ''}</p>`);
  }
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Live: the harbour vote, ${count} claims</title></head>
<body>
<main><article>
<h1>Live: the harbour vote</h1>
${paragraphs.join('\n')}
</article></main>
</body>
</html>
`;
}
