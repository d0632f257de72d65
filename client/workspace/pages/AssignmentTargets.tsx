import { Button, Checkbox, FieldSet, Paragraph, Row, Select, TextInput } from '@amsterdam/design-system-react';
import type { ProblemBody } from '../../api.ts';
import type { Locale } from '../../i18n.ts';
import type { AssignmentList, AssignmentTarget } from '../api.ts';
import type { AssignmentsText } from '../assignments-text.ts';
import { fieldMessage, FormField, type FieldMap } from '../common.tsx';

/** One line of the targets form; `key` keeps React's rows and their input ids stable. */
export type TargetRow = AssignmentTarget & { key: number };

/** The server's field names (`targets.0.kind`) of the rows, linked to their inputs. */
export function targetFields(rows: TargetRow[], a: AssignmentsText): FieldMap {
  const fields: FieldMap = {};
  rows.forEach((r, i) => {
    fields[`targets.${i}.reference`] = { id: `target-reference-${r.key}`, label: a.reference(i + 1) };
    fields[`targets.${i}.directorate`] = { id: `target-directorate-${r.key}`, label: a.directorate(i + 1) };
    fields[`targets.${i}.kind`] = { id: `target-kind-${r.key}`, label: a.kind(i + 1) };
    fields[`targets.${i}.paired`] = { id: `target-paired-${r.key}`, label: a.paired(i + 1) };
  });
  fields.targets = { id: `target-reference-${rows[0]?.key ?? 1}`, label: a.targetsLegend };
  return fields;
}

/** The targets as a small table form: reference, directorate, kind and paired per line. */
export function AssignmentTargets(props: {
  rows: TargetRow[];
  onChange: (rows: TargetRow[]) => void;
  onAdd: () => void;
  choices: AssignmentList['choices'];
  problem: ProblemBody | undefined;
  a: AssignmentsText;
  locale: Locale;
}) {
  const { rows, onChange, onAdd, choices, problem, a, locale } = props;
  const set = (key: number, change: Partial<AssignmentTarget>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const text = (o: { text: { default: string; en: string } }) => (locale === 'en' ? o.text.en : o.text.default);
  return (
    <FieldSet legend={a.targetsLegend} aria-describedby="targets-hint">
      <Paragraph id="targets-hint" size="small">
        {a.targetsHint}
      </Paragraph>
      {rows.map((r, i) => (
        <Row key={r.key} wrap alignVertical="end" className="peil-attribute-row" data-target-row={i + 1}>
          <FormField id={`target-reference-${r.key}`} label={a.reference(i + 1)} error={fieldMessage(problem, `targets.${i}.reference`, locale)}>
            {(x) => <TextInput {...x} size={16} value={r.reference} onChange={(e) => set(r.key, { reference: e.target.value })} />}
          </FormField>
          <FormField id={`target-directorate-${r.key}`} label={a.directorate(i + 1)} error={fieldMessage(problem, `targets.${i}.directorate`, locale)}>
            {(x) => (
              <Select {...x} value={r.directorate} onChange={(e) => set(r.key, { directorate: e.target.value })}>
                <Select.Option value="">{a.choose}</Select.Option>
                {choices.directorate.map((o) => (
                  <Select.Option key={o.value} value={o.value}>
                    {text(o)}
                  </Select.Option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id={`target-kind-${r.key}`} label={a.kind(i + 1)} error={fieldMessage(problem, `targets.${i}.kind`, locale)}>
            {(x) => (
              <Select {...x} value={r.kind} onChange={(e) => set(r.key, { kind: e.target.value })}>
                <Select.Option value="">{a.choose}</Select.Option>
                {choices.kind.map((o) => (
                  <Select.Option key={o.value} value={o.value}>
                    {text(o)}
                  </Select.Option>
                ))}
              </Select>
            )}
          </FormField>
          <Checkbox id={`target-paired-${r.key}`} checked={r.paired} onChange={(e) => set(r.key, { paired: e.target.checked })}>
            {a.paired(i + 1)}
          </Checkbox>
          {rows.length > 1 && (
            <Button variant="tertiary" onClick={() => onChange(rows.filter((x) => x.key !== r.key))}>
              {a.removeTarget(i + 1)}
            </Button>
          )}
        </Row>
      ))}
      <Button variant="secondary" onClick={onAdd}>
        {a.addTarget}
      </Button>
    </FieldSet>
  );
}
