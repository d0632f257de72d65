import { esc } from './format.ts';

export interface GuideFacts {
  confidence: number;
  significance: number;
  /** The k thresholds in the report (usually one pair: 5 and 10). */
  kMin: readonly number[];
  kSpecial: readonly number[];
}

const list = (xs: readonly number[]) => [...new Set(xs)].sort((a, b) => a - b).join(' of ');
const pct = (x: number) => `${String(Math.round(x * 1000) / 10).replace('.', ',')}%`;
const dec = (x: number) => String(x).replace('.', ',');

/** "Zo lees je dit rapport": the charts, intervals, the k threshold, hidden cells, the tests. */
export function readingGuide(f: GuideFacts): string {
  const c = pct(f.confidence);
  return `<section class="guide" aria-labelledby="leeswijzer">
<h2 id="leeswijzer">Zo lees je dit rapport</h2>
<div class="guide-grid">
<div>
<h3>De grafieken</h3>
<ul class="legend">
<li><span class="swatch swatch-line" aria-hidden="true"></span><strong>Lijn met punten</strong>: de uitkomst per meting, voor iedereen samen.</li>
<li><span class="swatch swatch-band" aria-hidden="true"></span><strong>Lichtblauwe band</strong>: het ${c}-interval rond die uitkomst.</li>
<li><span class="swatch swatch-bar" aria-hidden="true"></span><strong>Balk met streep</strong>: de uitkomst van een groep; de zwarte streep met dwarsstreepjes is het interval. De stippellijn is de uitkomst voor iedereen samen.</li>
<li><span class="swatch swatch-hidden" aria-hidden="true"></span><strong>Gearceerde lege balk</strong> met de tekst <q>te weinig antwoorden</q>: deze groep tonen we niet.</li>
<li><strong>▲ of ▼</strong> achter een uitkomst: een significante stijging of daling sinds de vorige meting.</li>
</ul>
<p>Onder elke grafiek staan dezelfde cijfers in een tabel.</p>
</div>
<div>
<h3>Intervallen</h3>
<p>Niet iedereen vult de vragenlijst in, dus elke uitkomst is een schatting. Het ${c}-interval geeft aan tussen welke waarden de echte uitkomst waarschijnlijk ligt: hoe breder de band of streep, hoe onzekerder. Voor aandelen gebruiken we het Wilson-interval (kleiner als we weten hoeveel mensen zijn uitgenodigd), voor gemiddelden en schaalscores het t-interval.</p>
<h3>Te weinig antwoorden</h3>
<p>Om te voorkomen dat iemand herkenbaar wordt, tonen we een groep pas vanaf k = ${list(f.kMin)} antwoorden, en vanaf k = ${list(f.kSpecial)} bij gevoelige kenmerken zoals herkomst en beperking. Ook een kleine groep waarin iedereen hetzelfde antwoordde tonen we niet. Soms verbergen we nog een groep, zodat je een verborgen groep niet kunt terugrekenen uit het totaal en de andere groepen. Verborgen of lege groepen herken je aan de arcering en de tekst <q>te weinig antwoorden</q>.</p>
</div>
<div>
<h3>Veranderingen</h3>
<p>We vergelijken elke uitkomst met dezelfde groep in de vorige meting. Een verandering heet <strong>significant</strong> als de kans dat ze alleen door toeval komt kleiner is dan ${esc(dec(f.significance))} (p &lt; ${esc(dec(f.significance))}). Voor aandelen en de respons gebruiken we de z-toets voor twee proporties, voor gemiddelden en schaalscores de t-toets van Welch. Met veel groepen is af en toe een significante verandering toch toeval: kijk vooral naar veranderingen die meerdere metingen aanhouden.</p>
<p>Een <strong>trendbreuk</strong> betekent dat de vraag of de berekening is veranderd: de uitkomsten voor en na zijn niet te vergelijken, daarom loopt de lijn er niet door.</p>
<h3>Doelen</h3>
<p>Bij een doel zie je hoe ver een uitkomst is gekomen van de uitgangswaarde (0%) naar het doel (100%), met het interval daarvan. We zeggen <strong>doel gehaald</strong> als het hele interval op of voorbij het doel ligt, <strong>op koers</strong> als het hele interval op of voorbij een rechte lijn van uitgangswaarde naar doel ligt, en <strong>achter op schema</strong> (of na de einddatum <strong>doel niet gehaald</strong>) als het hele interval ervoor ligt. Anders is het <strong>nog niet te zeggen</strong>.</p>
</div>
</div>
</section>`;
}
