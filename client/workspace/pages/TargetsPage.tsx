import { Button, DescriptionList, Heading, Paragraph, TextArea, TextInput } from '@amsterdam/design-system-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { ProblemBody } from '../../api.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type TargetView } from '../api.ts';
import { fieldMessage, FormField, Notice, ProblemAlert, toProblem, useProblem } from '../common.tsx';
import { targetsText, type TargetsText } from '../targets-text.ts';
import type { PageProps } from './types.ts';

/** `/beheer/doelen`: every target with its source and baseline; a researcher enters a baseline with its source. */
export function TargetsPage({ t, locale, onUnauthenticated, entering }: PageProps & { entering: boolean }) {
  const x = targetsText[locale];
  const [targets, setTargets] = useState<TargetView[]>();
  const [problem, , fail] = useProblem(onUnauthenticated);
  useEffect(() => {
    workspaceApi.targets().then(setTargets).catch(fail);
  }, [fail]);
  const replace = (next: TargetView) => setTargets((all) => all?.map((o) => (o.survey === next.survey && o.id === next.id ? next : o)));
  return (
    <>
      <FocusHeading>{x.title}</FocusHeading>
      <Paragraph>{x.intro}</Paragraph>
      {problem && <ProblemAlert problem={problem} t={t} />}
      {targets?.length === 0 && <Paragraph>{x.none}</Paragraph>}
      {targets?.map((target) => (
        <TargetEntry key={`${target.survey}/${target.id}`} target={target} x={x} t={t} locale={locale} entering={entering} onSaved={replace} onUnauthenticated={onUnauthenticated} />
      ))}
    </>
  );
}

function TargetEntry(props: { target: TargetView; x: TargetsText; t: PageProps['t']; locale: PageProps['locale']; entering: boolean; onSaved: (t: TargetView) => void; onUnauthenticated: PageProps['onUnauthenticated'] }) {
  const { target, x, t, locale, entering } = props;
  const { spec } = target;
  const share = target.unit === 'share';
  const number = (v: number, digits = 1) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits }).format(v);
  const shown = (v: number) => (share ? `${number(v * 100)}%` : number(v, 2));
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [problem, setProblem] = useState<ProblemBody>();
  const [saved, setSaved] = useState(false);
  const title = (locale === 'en' ? target.title?.en : target.title?.default) ?? target.id;
  const key = `${target.survey}-${target.id}`;
  const fields = { value: { id: `${key}-value`, label: x.valueLabel('period' in spec.baseline ? spec.baseline.period : '') }, source: { id: `${key}-source`, label: x.sourceLabel } };
  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(false);
    setProblem(undefined);
    const typed = value.trim().replace(',', '.');
    const parsed = typed === '' || !/^-?\d+(\.\d+)?$/.test(typed) ? typed : Number(typed) / (share ? 100 : 1);
    try {
      props.onSaved({ ...(await workspaceApi.enterBaseline(target.survey, target.id, { value: parsed, source })) });
      setSaved(true);
    } catch (e) {
      const p = toProblem(e);
      if (!props.onUnauthenticated(p)) setProblem(p);
    }
  };
  const change = 'relative' in spec.change ? x.relative(`${spec.change.relative > 0 ? '+' : ''}${number(spec.change.relative * 100)}%`) : x.absolute(`${spec.change.absolute > 0 ? '+' : ''}${shown(spec.change.absolute)}`);
  return (
    <section aria-labelledby={`${key}-heading`} className="peil-target-entry">
      <Heading level={2} id={`${key}-heading`}>
        {title}
      </Heading>
      <DescriptionList>
        <DescriptionList.Term>{x.follows}</DescriptionList.Term>
        <DescriptionList.Description>{`${target.survey}: ${spec.indicator}${spec.group ? ` (${spec.group.breakdown} = ${spec.group.value})` : `, ${x.everyone}`}`}</DescriptionList.Description>
        <DescriptionList.Term>{x.goal}</DescriptionList.Term>
        <DescriptionList.Description>{x.goalText(change, spec.by)}</DescriptionList.Description>
        <DescriptionList.Term>{x.source}</DescriptionList.Term>
        <DescriptionList.Description>{spec.source}</DescriptionList.Description>
        <DescriptionList.Term>{x.baseline('wave' in spec.baseline ? spec.baseline.wave : spec.baseline.period)}</DescriptionList.Term>
        <DescriptionList.Description data-testid={`baseline-${key}`}>
          {'wave' in spec.baseline ? x.fromWave(spec.baseline.wave) : target.baseline === null ? x.notEntered : x.entered(shown(target.baseline.value), target.baseline.source)}
        </DescriptionList.Description>
      </DescriptionList>
      {entering && target.entered && (
        <form onSubmit={save} noValidate className="peil-form">
          {problem && <ProblemAlert problem={problem} t={t} fields={fields} />}
          {saved && <Notice heading={x.saved(title)} />}
          <FormField id={fields.value.id} label={fields.value.label} hint={share ? x.valueHintShare : x.valueHint(target.range[0], target.range[1])} error={fieldMessage(problem, 'value', locale)}>
            {(a) => <TextInput {...a} inputMode="decimal" size={8} value={value} onChange={(e) => setValue(e.target.value)} />}
          </FormField>
          <FormField id={fields.source.id} label={fields.source.label} hint={x.sourceHint} error={fieldMessage(problem, 'source', locale)}>
            {(a) => <TextArea {...a} rows={2} value={source} onChange={(e) => setSource(e.target.value)} />}
          </FormField>
          <Button type="submit" variant="secondary">
            {x.save}
          </Button>
        </form>
      )}
    </section>
  );
}
