/**
 * The privacy statement and the accessibility statement (toegankelijkheidsverklaring, in the
 * standard Dutch form: scope, status, how it was checked, what is not yet right, contact and
 * complaints), in Dutch and English, filled in from organisation.ts.
 */
import type { Locale } from './i18n.ts';
import { organisation as org } from './organisation.ts';

export interface Section {
  heading: string;
  paragraphs: string[];
  list?: string[];
}

export interface Statement {
  title: string;
  sections: Section[];
}

const statusText = {
  nl: { A: 'voldoet volledig', B: 'voldoet gedeeltelijk', C: 'eerste maatregelen genomen', D: 'eerste maatregelen nog niet genomen', E: 'voldoet niet' },
  en: { A: 'fully compliant', B: 'partially compliant', C: 'first measures taken', D: 'first measures not yet taken', E: 'not compliant' },
};

export function privacyStatement(locale: Locale): Statement {
  const name = org.name[locale];
  if (locale === 'en') {
    return {
      title: 'Privacy statement',
      sections: [
        { heading: 'Who is responsible', paragraphs: [`${name} is responsible for Peil and for the surveys it runs with it.`] },
        {
          heading: 'What we keep',
          paragraphs: ['Per survey you answer:'],
          list: [
            'your answers, under a random number, without your name, e-mail address or staff number;',
            'the half-year in which you answered (for example 2026-H2), not the day or the time;',
            'for a personal invitation: the group the invitation was sent to (for example a directorate), never for fewer than 5 people.',
          ],
        },
        {
          heading: 'What we do not keep',
          paragraphs: [],
          list: [
            'your IP address, your browser or device, or the page you came from;',
            'anything that links your answers to your invitation or to you: a link records that it was used, not by whom or when.',
          ],
        },
        {
          heading: 'Why',
          paragraphs: [`To see how included, safe and accessible work at ${name} is, and what has to improve. Results are shown only for groups of at least 5 people (10 for origin or disability).`],
        },
        {
          heading: 'How long',
          paragraphs: [`Answers are deleted at the latest ${org.retentionMonths} months after a survey round closes; the published figures for groups remain. Unfinished answers stay only in your browser tab and are erased when you close it or send them.`],
        },
        {
          heading: 'Your rights',
          paragraphs: [
            'Taking part is voluntary, and you may skip questions without an asterisk. Because nobody can link your answers to you, we cannot look them up, change or delete them for you once they are sent.',
            `Questions about privacy: the data protection officer, ${org.privacyOfficerEmail}. You can also complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).`,
          ],
        },
      ],
    };
  }
  return {
    title: 'Privacyverklaring',
    sections: [
      { heading: 'Wie is verantwoordelijk', paragraphs: [`${name} is verantwoordelijk voor Peil en voor de vragenlijsten die ermee worden gehouden.`] },
      {
        heading: 'Wat we bewaren',
        paragraphs: ['Per vragenlijst die je invult:'],
        list: [
          'je antwoorden, onder een willekeurig nummer, zonder je naam, e-mailadres of personeelsnummer;',
          'het halfjaar waarin je antwoordde (bijvoorbeeld 2026-H2), niet de dag of het tijdstip;',
          'bij een persoonlijke uitnodiging: de groep waaraan de uitnodiging is gestuurd (bijvoorbeeld een directie), nooit voor minder dan 5 mensen.',
        ],
      },
      {
        heading: 'Wat we niet bewaren',
        paragraphs: [],
        list: [
          'je IP-adres, je browser of apparaat, of de pagina waar je vandaan kwam;',
          'iets waarmee je antwoorden aan je uitnodiging of aan jou te koppelen zijn: van een link onthouden we dat hij gebruikt is, niet door wie of wanneer.',
        ],
      },
      {
        heading: 'Waarom',
        paragraphs: [`Om te zien hoe inclusief, veilig en toegankelijk het werk bij de ${name.toLowerCase()} is, en wat beter moet. Uitkomsten tonen we alleen voor groepen van minstens 5 mensen (10 bij herkomst of beperking).`],
      },
      {
        heading: 'Hoe lang',
        paragraphs: [`Antwoorden worden uiterlijk ${org.retentionMonths} maanden na het sluiten van een ronde gewist; de gepubliceerde cijfers per groep blijven. Antwoorden waar je nog mee bezig bent, staan alleen in je browsertabblad en verdwijnen als je het sluit of verstuurt.`],
      },
      {
        heading: 'Je rechten',
        paragraphs: [
          'Meedoen is vrijwillig, en vragen zonder sterretje mag je overslaan. Omdat niemand je antwoorden aan jou kan koppelen, kunnen we ze na het versturen niet voor je opzoeken, wijzigen of wissen.',
          `Vragen over privacy: de functionaris gegevensbescherming, ${org.privacyOfficerEmail}. Je kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.`,
        ],
      },
    ],
  };
}

export function accessibilityStatement(locale: Locale): Statement {
  const name = org.name[locale];
  const a = org.accessibility;
  const site = typeof window === 'undefined' ? 'Peil' : window.location.origin;
  if (locale === 'en') {
    return {
      title: 'Accessibility statement',
      sections: [
        { heading: 'Scope', paragraphs: [`${name} wants everyone to be able to answer its surveys. This statement covers Peil, the survey website at ${site}: the start, question and thank-you pages of every survey.`] },
        { heading: 'Status', paragraphs: [`Status ${a.status}: ${statusText.en[a.status]} with the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, as Dutch government websites must be. Drawn up on ${a.date}.`] },
        {
          heading: 'How this was checked',
          paragraphs: ['Peil checks itself with every change; it has not yet been examined by an independent auditor. The checks:'],
          list: [
            'axe (WCAG 2.1 A and AA) on every page and state;',
            'contrast of every control, focus ring, error and text, read from the colours the browser shows;',
            'every survey answered with the keyboard only at 320, 390 and 1280 pixels wide: focus and an announcement on every page change, nothing cut off;',
            'the accessibility tree of each step, as a screen reader meets it, kept and reviewed.',
          ],
        },
        {
          heading: 'What is not right yet',
          paragraphs: [],
          list: [
            'The question pages load the survey software when you start (about 400 KB): on a slow connection the first question takes longer.',
            'No independent audit yet.',
          ],
        },
        {
          heading: 'Contact and complaints',
          paragraphs: [
            `Something you cannot use? Mail ${org.contactEmail}; we answer within ${a.answerWithinWorkingDays} working days.`,
            `Not satisfied with our answer? You can go to ${a.ombudsman.en}.`,
          ],
        },
      ],
    };
  }
  return {
    title: 'Toegankelijkheidsverklaring',
    sections: [
      { heading: 'Over deze verklaring', paragraphs: [`De ${name.toLowerCase()} wil dat iedereen haar vragenlijsten kan invullen. Deze verklaring gaat over Peil, de website met vragenlijsten op ${site}: de start-, vragen- en bedankpagina's van elke vragenlijst.`] },
      { heading: 'Status', paragraphs: [`Status ${a.status}: ${statusText.nl[a.status]} met de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA, zoals voor websites van de overheid verplicht is. Opgesteld op ${a.date}.`] },
      {
        heading: 'Hoe dit is onderzocht',
        paragraphs: ['Peil toetst zichzelf bij elke wijziging; een onafhankelijke toetsing is nog niet gedaan. De toetsen:'],
        list: [
          'axe (WCAG 2.1 A en AA) op elke pagina en elke stap;',
          'het contrast van elk bedieningselement, elke focusrand, foutmelding en tekst, gemeten aan de kleuren die de browser toont;',
          'elke vragenlijst ingevuld met alleen het toetsenbord op 320, 390 en 1280 pixels breed: focus en een melding bij elke nieuwe pagina, niets afgesneden;',
          'de toegankelijkheidsboom van elke stap, zoals een schermlezer die leest, vastgelegd en nagekeken.',
        ],
      },
      {
        heading: 'Wat nog niet goed is',
        paragraphs: [],
        list: [
          'De vragenpagina\'s laden de vragenlijstsoftware als je begint (ongeveer 400 KB): op een trage verbinding duurt de eerste vraag langer.',
          'Nog geen onafhankelijke toetsing.',
        ],
      },
      {
        heading: 'Contact en klachten',
        paragraphs: [
          `Kun je iets niet gebruiken? Mail ${org.contactEmail}; we antwoorden binnen ${a.answerWithinWorkingDays} werkdagen.`,
          `Ben je niet tevreden met ons antwoord? Dan kun je terecht bij ${a.ombudsman.nl}.`,
        ],
      },
    ],
  };
}
