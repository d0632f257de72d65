import { Button, Heading, Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import type { Locale } from '../../i18n.ts';
import type { Observation, StoredAssignment } from '../assignment.ts';
import { choicesOf } from '../labels.ts';
import { GuestLink, navigate } from '../navigation.tsx';
import { refusalText } from '../refusal-text.ts';
import { draftFor } from '../store.ts';
import type { GuestText } from '../text.ts';

/** Completed observations in the order they were completed, then the draft. */
const byCompletion = (a: Observation, b: Observation) => (a.queuedSeq ?? Infinity) - (b.queuedSeq ?? Infinity);

/**
 * The steps of the procedure (the choices of the step question), each with its observations on this
 * device and their state, and a button to record one (or to continue the step's draft).
 */
export function StepList(props: { a: StoredAssignment; observations: Observation[]; locale: Locale; t: GuestText }) {
  const { a, observations, locale, t } = props;
  const closed = a.wave.status === 'closed';
  const open = async (step: string) => {
    const draft = await draftFor(a.localId, step);
    navigate(`/opdracht/${a.localId}/${draft.id}`);
  };
  return (
    <>
      <Heading level={2}>{t.stepsTitle}</Heading>
      <Paragraph>{t.stepsIntro}</Paragraph>
      <Paragraph size="small">{t.deviceNote}</Paragraph>
      {choicesOf(a.survey.definition, a.stepQuestion, locale).map((step) => {
        const own = observations.filter((o) => o.step === step.value).sort(byCompletion);
        const draft = own.find((o) => o.state === 'draft');
        return (
          <section key={step.value} className="peil-step" aria-labelledby={`stap-${step.value}`}>
            <Heading level={3} id={`stap-${step.value}`}>
              {step.label}
            </Heading>
            {own.length === 0 ? (
              <Paragraph>{t.noObservations}</Paragraph>
            ) : (
              <UnorderedList>
                {own.map((o, i) => (
                  <UnorderedList.Item key={o.id} data-state={o.state}>
                    {`${t.observation(i + 1)}: `}
                    {o.state === 'failed' && o.refusal ? t.notSent(refusalText(o.refusal, t)) : t.state[o.state]}
                    {o.state === 'draft' && (
                      <>
                        {' — '}
                        <GuestLink href={`/opdracht/${a.localId}/${o.id}`}>{t.continueDraft}</GuestLink>
                      </>
                    )}
                  </UnorderedList.Item>
                ))}
              </UnorderedList>
            )}
            {!draft && (
              <Button variant="secondary" disabled={closed} onClick={() => void open(step.value)} aria-describedby={`stap-${step.value}`}>
                {t.logStep}
              </Button>
            )}
          </section>
        );
      })}
    </>
  );
}
