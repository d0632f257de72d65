import type { Context } from 'hono';
import type { RefusalReason } from './flow.ts';

type Text = { title: string; body: string };

/** What a refused person reads, in Dutch first and English below; no detail that helps an attacker. */
const REFUSALS: Record<RefusalReason, { status: 400 | 401 | 403 | 409; nl: Text; en: Text }> = {
  'not-verified': {
    status: 401,
    nl: { title: 'Aanmelden is mislukt', body: 'Het antwoord van de identiteitsprovider van de organisatie kon niet worden gecontroleerd. Meld u opnieuw aan.' },
    en: { title: 'Signing in failed', body: "The answer from the organisation's identity provider could not be verified. Please sign in again." },
  },
  expired: {
    status: 400,
    nl: { title: 'Deze aanmelding is verlopen', body: 'Deze aanmelding is al gebruikt of duurde langer dan tien minuten. Meld u opnieuw aan.' },
    en: { title: 'This sign-in has expired', body: 'This sign-in was already used or took longer than ten minutes. Please sign in again.' },
  },
  'no-group': {
    status: 403,
    nl: {
      title: 'U hebt geen toegang tot Peil',
      body: 'Uw account is bekend bij de organisatie, maar zit niet in een groep die toegang geeft tot Peil. Vraag de beheerder van Peil om u aan de juiste groep toe te voegen.',
    },
    en: {
      title: 'You have no access to Peil',
      body: "Your account is known to the organisation, but it is not in a group that gives access to Peil. Ask Peil's administrator to add you to the right group.",
    },
  },
  'username-taken': {
    status: 409,
    nl: { title: 'Deze gebruikersnaam bestaat al', body: 'Er is al een Peil-account met een wachtwoord onder dezelfde naam. Vraag de beheerder van Peil om dat account te verwijderen.' },
    en: { title: 'This username already exists', body: "There already is a Peil account with a password under the same name. Ask Peil's administrator to delete that account." },
  },
};

const STYLE = 'body{font-family:Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#000}h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem}a{color:#004699}';

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Peil</title>${head}<style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** The page a refused sign-in ends on, with its status: the reason in Dutch and English, and the way back. */
export function refusalPage(c: Context, reason: RefusalReason): Response {
  const { status, nl, en } = REFUSALS[reason];
  return c.html(
    page(
      nl.title,
      `<h1>${nl.title}</h1><p>${nl.body}</p><p><a href="/beheer/login">Terug naar aanmelden</a></p>` +
        `<section lang="en"><h2>${en.title}</h2><p>${en.body}</p><p><a href="/beheer/login">Back to sign-in</a></p></section>`,
    ),
    status,
  );
}

/**
 * After a sign-in: a page that moves on to the workspace. A same-site page, so the browser sends the
 * new SameSite=Strict session cookie with the workspace's requests, which it would not on a redirect
 * that follows the provider's cross-site one.
 */
export function signedInPage(c: Context): Response {
  return c.html(
    page(
      'Aangemeld',
      '<h1>U bent aangemeld</h1><p><a href="/beheer">Verder naar de werkplaats</a></p>' +
        '<p lang="en">You are signed in: <a href="/beheer">continue to the workspace</a>.</p>',
      '<meta http-equiv="refresh" content="0;url=/beheer">',
    ),
  );
}
