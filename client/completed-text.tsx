import { Heading, Link, Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import type { ReactNode } from 'react';

/** A survey's own closing text (`completedHtml`): its first heading, and the rest as page content. */
export interface CompletedText {
  heading?: string;
  body: ReactNode[];
}

/**
 * Reads a survey's `completedHtml` into design-system elements: headings, paragraphs, lists, links
 * (http, https, mailto) and emphasis; any other markup keeps only its text, so the thank-you page
 * shows the survey's own words (a pointer to a confidential adviser, say) without rendering HTML.
 */
export function completedText(html: string): CompletedText {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const nodes = [...doc.body.childNodes];
  const first = nodes.find((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent?.trim());
  const heading = first instanceof HTMLElement && /^H[1-6]$/.test(first.tagName) ? first.textContent?.trim() : undefined;
  const rest = heading ? nodes.filter((n) => n !== first) : nodes;
  return { heading, body: rest.map((n, i) => toReact(n, `${i}`)) };
}

function toReact(node: Node, key: string): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof HTMLElement)) return null;
  const children = [...node.childNodes].map((c, i) => toReact(c, `${key}.${i}`));
  switch (node.tagName) {
    case 'P':
      return <Paragraph key={key}>{children}</Paragraph>;
    case 'H1':
    case 'H2':
    case 'H3':
      return (
        <Heading key={key} level={2}>
          {children}
        </Heading>
      );
    case 'UL':
    case 'OL':
      return <UnorderedList key={key}>{children}</UnorderedList>;
    case 'LI':
      return <UnorderedList.Item key={key}>{children}</UnorderedList.Item>;
    case 'A': {
      const href = node.getAttribute('href') ?? '';
      return /^(https?:|mailto:)/.test(href) ? (
        <Link key={key} href={href}>
          {children}
        </Link>
      ) : (
        <span key={key}>{children}</span>
      );
    }
    case 'STRONG':
    case 'B':
      return <strong key={key}>{children}</strong>;
    case 'EM':
    case 'I':
      return <em key={key}>{children}</em>;
    case 'BR':
      return <br key={key} />;
    default:
      return <span key={key}>{children}</span>;
  }
}
