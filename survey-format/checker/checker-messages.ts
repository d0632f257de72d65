/**
 * Every message of the survey checker, by a stable code, in English and Dutch (docs/survey-format.md,
 * "Checking"). A check reports a code and its parameters; `checkerText` words it in one language, so
 * `npm run surveys:check` and the workspace's scratch pad say the same thing in the reader's language.
 *
 * Templates name their parameters as `{{name}}`; a list parameter is joined with commas, or with the
 * language's "or" / "and" as `{{name:or}}` / `{{name:and}}`; a parameter may itself be a message
 * (a change inside a comparability message), worded in the same language.
 * Texts that come from elsewhere (SurveyJS's own errors, JSON.parse, the format's schema) stay as
 * they come, behind a lead-in naming where they come from.
 */

import type { Language } from '../command-line/language.ts';

/** The languages the checker speaks; Dutch is the default of everything a person reads. */
export type CheckerLanguage = Language;

const MESSAGES = {
  // Reading files
  'no-such-path': { en: 'no such file or folder', nl: 'bestand of map bestaat niet' },
  unreadable: { en: 'cannot be read ({{reason}})', nl: 'kan niet worden gelezen ({{reason}})' },
  'not-json': { en: 'not valid JSON: {{detail}}', nl: 'geen geldige JSON; JSON.parse meldt: {{detail}}' },
  'not-json-at': {
    en: 'not valid JSON at line {{line}}, column {{column}}: {{detail}}',
    nl: 'geen geldige JSON op regel {{line}}, kolom {{column}}; JSON.parse meldt: {{detail}}',
  },
  schema: { en: '{{detail}}', nl: 'klopt niet met het formaat (docs/survey-format.md), dat meldt: {{detail}}' },
  'not-object': {
    en: 'a survey definition must be a JSON object (see docs/survey-format.md)',
    nl: 'een vragenlijstdefinitie moet een JSON-object zijn (zie docs/survey-format.md)',
  },
  // Envelope
  missing: { en: 'is missing', nl: 'ontbreekt' },
  'id-used': { en: 'survey id "{{id}}" is also used by {{other}}', nl: 'vragenlijst-id "{{id}}" wordt ook gebruikt door {{other}}' },
  'id-format': { en: 'must match ^[a-z][a-z0-9-]*$', nl: 'moet voldoen aan ^[a-z][a-z0-9-]*$ (kleine letters, cijfers, -)' },
  'version-format': { en: 'must be major.minor.patch, e.g. 1.0.0', nl: 'moet major.minor.patch zijn, bijvoorbeeld 1.0.0' },
  'survey-not-object': { en: 'must be a SurveyJS JSON object', nl: 'moet een SurveyJS-JSON-object zijn' },
  'unknown-top-property': { en: 'unknown property (known: {{known}})', nl: 'onbekende eigenschap (bekend: {{known}})' },
  'id-not-file-name': {
    en: '"{{id}}" differs from the file name; name the file {{id}}.json or the id "{{expected}}"',
    nl: '"{{id}}" verschilt van de bestandsnaam; noem het bestand {{id}}.json of de id "{{expected}}"',
  },
  // Question types and names
  'page-object': { en: 'a page must be a JSON object', nl: 'een pagina moet een JSON-object zijn' },
  'element-object': { en: 'an element must be a JSON object with a type and a name', nl: 'een element moet een JSON-object zijn met een type en een naam' },
  'type-missing': { en: 'is missing (one of: {{accepted}})', nl: 'ontbreekt (een van: {{accepted}})' },
  'type-unknown': { en: 'unknown question type "{{type}}" (Peil accepts: {{accepted}})', nl: 'onbekend vraagtype "{{type}}" (Peil neemt aan: {{accepted}})' },
  'type-not-accepted': {
    en: 'question type "{{type}}" is not accepted by Peil (accepted: {{accepted}})',
    nl: 'vraagtype "{{type}}" neemt Peil niet aan (wel: {{accepted}})',
  },
  'question-needs-name': {
    en: 'a question needs a name (a data key matching ^[a-z][a-z0-9_]*$)',
    nl: 'een vraag heeft een naam nodig (een datasleutel volgens ^[a-z][a-z0-9_]*$)',
  },
  'non-empty-string': { en: 'must be a non-empty string', nl: 'moet een niet-lege tekenreeks zijn' },
  'not-data-key': {
    en: '"{{name}}" is not a data key: use ^[a-z][a-z0-9_]*$ (lower case, digits, _)',
    nl: '"{{name}}" is geen datasleutel: gebruik ^[a-z][a-z0-9_]*$ (kleine letters, cijfers, _)',
  },
  'name-used': { en: 'name "{{name}}" is already used at {{at}}', nl: 'naam "{{name}}" wordt al gebruikt op {{at}}' },
  // SurveyJS loading the survey
  'surveyjs-cannot-load': { en: 'SurveyJS cannot load this survey: {{detail}}', nl: 'SurveyJS kan deze vragenlijst niet laden; SurveyJS meldt: {{detail}}' },
  'surveyjs-unknown-type': { en: 'unknown {{kind}} type {{type}}', nl: 'onbekend type {{type}} voor een {{kind}}' },
  'surveyjs-unknown-property': {
    en: 'unknown property of {{className}} (SurveyJS does not know it; check the spelling)',
    nl: 'onbekende eigenschap van {{className}} (SurveyJS kent haar niet; controleer de spelling)',
  },
  'surveyjs-says': { en: 'SurveyJS says: {{detail}}', nl: 'SurveyJS meldt: {{detail}}' },
  'server-cannot-validate': {
    en: 'the server cannot validate answers to this: {{where}}{{reason}}',
    nl: 'de server kan de antwoorden hierop niet controleren: {{where}}{{reason}}',
  },
  // Choice values
  'value-used': { en: 'value {{value}} is already used at {{at}}', nl: 'waarde {{value}} wordt al gebruikt op {{at}}' },
  'rating-integer': { en: 'a rating point must be an integer', nl: 'een punt van een beoordelingsschaal moet een geheel getal zijn' },
  'value-format': {
    en: '{{value}} is not a valid value: use lower case, digits and _ (^[a-z0-9_]+$) or an integer',
    nl: '{{value}} is geen geldige waarde: gebruik kleine letters, cijfers en _ (^[a-z0-9_]+$) of een geheel getal',
  },
  'value-missing': {
    en: 'a missing value is not a valid value: use lower case, digits and _ (^[a-z0-9_]+$) or an integer',
    nl: 'een ontbrekende waarde is geen geldige waarde: gebruik kleine letters, cijfers en _ (^[a-z0-9_]+$) of een geheel getal',
  },
  'value-reserved': {
    en: '"{{value}}" is the value of SurveyJS\'s built-in item ({{flag}}); use another value or that item',
    nl: '"{{value}}" is de waarde van een ingebouwde keuze van SurveyJS ({{flag}}); gebruik een andere waarde of die keuze',
  },
  // Texts
  'texts-missing': {
    en: 'Dutch and English text missing (give { "default": Dutch, "en": English })',
    nl: 'Nederlandse en Engelse tekst ontbreken (geef { "default": Nederlands, "en": Engels })',
  },
  'one-language': {
    en: 'has one language only: give { "default": Dutch, "en": English }',
    nl: 'heeft maar één taal: geef { "default": Nederlands, "en": Engels }',
  },
  'not-a-text': { en: 'must be a text { "default": Dutch, "en": English }', nl: 'moet een tekst zijn: { "default": Nederlands, "en": Engels }' },
  'dutch-missing': { en: 'Dutch text missing', nl: 'Nederlandse tekst ontbreekt' },
  'english-missing': { en: 'English text missing', nl: 'Engelse tekst ontbreekt' },
  'unexpected-language': {
    en: 'unexpected language "{{key}}": Dutch goes under "default", English under "en"',
    nl: 'onverwachte taal "{{key}}": Nederlands hoort onder "default", Engels onder "en"',
  },
  'bare-item': {
    en: 'has no Dutch and English text: write { "value": {{value}}, "text": { "default": Dutch, "en": English } }',
    nl: 'heeft geen Nederlandse en Engelse tekst: schrijf { "value": {{value}}, "text": { "default": Nederlands, "en": Engels } }',
  },
  // Expressions
  'expression-invalid': { en: '"{{expression}}" is not a valid SurveyJS expression', nl: '"{{expression}}" is geen geldige SurveyJS-expressie' },
  'expression-unknown-function': {
    en: '"{{expression}}" calls unknown function {{name}}()',
    nl: '"{{expression}}" roept de onbekende functie {{name}}() aan',
  },
  'expression-unknown-variable': {
    en: '"{{expression}}" refers to {{{variable}}}, which is not a question in this survey',
    nl: '"{{expression}}" verwijst naar {{{variable}}}, en dat is geen vraag in deze vragenlijst',
  },
  // Indicators
  'indicator-id': { en: 'an indicator needs an id matching ^[a-z][a-z0-9_]*$', nl: 'een indicator heeft een id nodig volgens ^[a-z][a-z0-9_]*$' },
  'indicator-id-used': { en: 'indicator id "{{id}}" is already used at {{at}}', nl: 'indicator-id "{{id}}" wordt al gebruikt op {{at}}' },
  'one-of': { en: 'must be one of: {{values}}', nl: 'moet een van deze zijn: {{values}}' },
  'indicator-unknown-property': {
    en: 'unknown property of a {{kind}} indicator (it takes: {{takes}})',
    nl: 'onbekende eigenschap van een indicator van soort {{kind}} (die neemt: {{takes}})',
  },
  'compliance-questionnaire': {
    en: 'compliance is for observation protocols; use proportion in a questionnaire',
    nl: 'compliance is voor observatieprotocollen; gebruik proportion in een vragenlijst',
  },
  'proportion-question': {
    en: 'a {{kind}} needs a choice or boolean question; "{{name}}" is a {{type}} question',
    nl: 'een {{kind}} vraagt een keuzevraag of ja/nee-vraag; "{{name}}" is een vraag van type {{type}}',
  },
  'values-needed': { en: 'needs a list of the answer values that count', nl: 'vraagt een lijst van de antwoordwaarden die meetellen' },
  'not-an-answer': {
    en: '{{value}} is not an answer of "{{name}}" (its values: {{values}})',
    nl: '{{value}} is geen antwoord op "{{name}}" (de waarden: {{values}})',
  },
  'mean-question': {
    en: 'a mean needs a rating or number question; "{{name}}" is a {{type}} question',
    nl: 'een gemiddelde vraagt een beoordelingsvraag of getalvraag; "{{name}}" is een vraag van type {{type}}',
  },
  'mean-free-text': {
    en: 'a mean needs a rating or number question; "{{name}}" is a free-text question ({{type}})',
    nl: 'een gemiddelde vraagt een beoordelingsvraag of getalvraag; "{{name}}" is een open vraag ({{type}})',
  },
  'scale-list': { en: 'a scale needs a list of at least two rating questions', nl: 'een schaal vraagt een lijst van minstens twee beoordelingsvragen' },
  'scale-rating': {
    en: 'a scale needs rating questions; "{{name}}" is a {{type}} question',
    nl: 'een schaal vraagt beoordelingsvragen; "{{name}}" is een vraag van type {{type}}',
  },
  'scale-mixed': {
    en: '"{{name}}" has scale {{scale}}, unlike "{{first}}" ({{firstScale}}); a scale needs items on the same scale',
    nl: '"{{name}}" heeft schaal {{scale}}, anders dan "{{first}}" ({{firstScale}}); de items van een schaal moeten dezelfde schaal hebben',
  },
  'min-answered': {
    en: 'needs an integer from 1 to {{max}} (how many items a respondent must answer)',
    nl: 'vraagt een geheel getal van 1 tot en met {{max}} (hoeveel items iemand moet beantwoorden)',
  },
  'reversed-list': { en: 'must be a list of question names', nl: 'moet een lijst van vraagnamen zijn' },
  'not-in-scale': { en: "{{name}} is not one of this scale's questions", nl: '{{name}} is geen vraag van deze schaal' },
  'question-name-needed': { en: 'needs a question name', nl: 'vraagt een vraagnaam' },
  'not-a-question': { en: '"{{name}}" is not a question in this survey', nl: '"{{name}}" is geen vraag in deze vragenlijst' },
  'listed-twice': { en: '"{{name}}" is listed twice', nl: '"{{name}}" staat er twee keer in' },
  // Breakdowns
  'breakdown-single-choice': {
    en: 'a breakdown needs a single-choice question; "{{name}}" is a {{type}} question',
    nl: 'een uitsplitsing vraagt een vraag met één keuze; "{{name}}" is een vraag van type {{type}}',
  },
  'special-optional': {
    en: '"{{name}}" is special-category data, so the question must be optional',
    nl: '"{{name}}" is een bijzonder persoonsgegeven, dus de vraag moet optioneel zijn',
  },
  'special-prefer-not': {
    en: '"{{name}}" is special-category data, so the question must offer "{{value}}"',
    nl: '"{{name}}" is een bijzonder persoonsgegeven, dus de vraag moet "{{value}}" aanbieden',
  },
  // Crossed breakdowns
  'crossings-questionnaire': { en: 'crossed breakdowns are for questionnaires only', nl: 'gekruiste uitsplitsingen zijn er alleen voor vragenlijsten' },
  'special-never-crossed': {
    en: '"{{name}}" is special-category data, which is never crossed',
    nl: '"{{name}}" is een bijzonder persoonsgegeven, en dat wordt nooit gekruist',
  },
  'crossing-single-choice': {
    en: '"{{name}}" is not a single-choice question (a {{type}} question)',
    nl: '"{{name}}" is geen vraag met één keuze (maar een vraag van type {{type}})',
  },
  'crossed-with-itself': { en: 'crosses "{{name}}" with itself', nl: 'kruist "{{name}}" met zichzelf' },
  'already-crossed': { en: '"{{rows}}" and "{{columns}}" are already crossed', nl: '"{{rows}}" en "{{columns}}" zijn al gekruist' },
  // Reasons
  'reasons-checkbox': {
    en: 'reasons need a checkbox question (several answers); "{{name}}" is a {{type}} question',
    nl: 'redenen vragen een vraag met meer antwoorden (checkbox); "{{name}}" is een vraag van type {{type}}',
  },
  'reasons-two-choices': {
    en: 'reasons need a question with at least two choices; "{{name}}" has {{count}}',
    nl: 'redenen vragen een vraag met minstens twee keuzes; "{{name}}" heeft er {{count}}',
  },
  // Targets
  'target-by': {
    en: 'needs the period by which the goal should be reached: a year like "2024" or a half-year like "2026-H2"',
    nl: 'vraagt de periode waarin het doel bereikt moet zijn: een jaar als "2024" of een halfjaar als "2026-H2"',
  },
  'target-not-after': { en: '"{{by}}" is not after the baseline period "{{baseline}}"', nl: '"{{by}}" ligt niet na de periode van de nulmeting "{{baseline}}"' },
  'target-indicator-needed': { en: 'needs the id of the indicator this target follows', nl: 'vraagt de id van de indicator die dit doel volgt' },
  'not-an-indicator': { en: '"{{name}}" is not an indicator of this survey', nl: '"{{name}}" is geen indicator van deze vragenlijst' },
  'target-of-target': {
    en: '"{{name}}" is a target itself; a target follows a proportion, compliance, mean or scale',
    nl: '"{{name}}" is zelf een doel; een doel volgt een proportion, compliance, mean of scale',
  },
  'target-group-shape': {
    en: 'must be { "breakdown": <a question listed in breakdowns>, "value": <one of its answers> }',
    nl: 'moet { "breakdown": <een vraag uit breakdowns>, "value": <een van haar antwoorden> } zijn',
  },
  'target-group-property': {
    en: 'unknown property of a target group (it takes: breakdown, value)',
    nl: 'onbekende eigenschap van de groep van een doel (die neemt: breakdown, value)',
  },
  'not-a-breakdown': { en: '"{{name}}" is not listed in this survey\'s breakdowns', nl: '"{{name}}" staat niet in de breakdowns van deze vragenlijst' },
  'not-a-group': {
    en: '"{{value}}" is not a group of "{{breakdown}}" (its groups: {{values}})',
    nl: '"{{value}}" is geen groep van "{{breakdown}}" (de groepen: {{values}})',
  },
  'baseline-shape': {
    en: 'must be { "wave": "2025-H1" } (a wave of this survey) or { "period": "2024" } (a figure a researcher enters in the workspace with its source)',
    nl: 'moet { "wave": "2025-H1" } zijn (een ronde van deze vragenlijst) of { "period": "2024" } (een cijfer dat een onderzoeker met bron invoert in de werkplek)',
  },
  'baseline-wave': {
    en: 'needs a wave period: a year like "2024" or a half-year like "2026-H2"',
    nl: 'vraagt de periode van een ronde: een jaar als "2024" of een halfjaar als "2026-H2"',
  },
  'baseline-period': {
    en: 'needs the period the figure is about: a year like "2024" or a half-year like "2026-H2"',
    nl: 'vraagt de periode waarover het cijfer gaat: een jaar als "2024" of een halfjaar als "2026-H2"',
  },
  'change-shape': {
    en: 'must be { "relative": 0.25 } (+25%) or { "absolute": 0.05 } (in the indicator\'s unit), not zero',
    nl: 'moet { "relative": 0.25 } (+25%) of { "absolute": 0.05 } (in de eenheid van de indicator) zijn, niet nul',
  },
  'relative-change': { en: 'a relative change must be above -1 (−100%)', nl: 'een relatieve verandering moet boven -1 (−100%) liggen' },
  'source-needed': {
    en: 'needs where the goal comes from (a programme plan, an agreement), in Dutch under "default"',
    nl: 'vraagt waar het doel vandaan komt (een programmaplan, een afspraak), in het Nederlands onder "default"',
  },
  // Registers
  'register-only-unit': { en: 'only a register (kind "register") has a unit', nl: 'alleen een register (kind "register") heeft een unit' },
  'register-only-targets': {
    en: 'only a register (kind "register") has agreement targets',
    nl: 'alleen een register (kind "register") heeft streefcijfers bij afspraken',
  },
  'register-must-ask': {
    en: 'a register must ask "{{name}}" ({{types:or}}); Peil reads it, see docs/survey-format.md',
    nl: 'een register moet "{{name}}" vragen ({{types:or}}); Peil leest die, zie docs/survey-format.md',
  },
  'register-type': { en: '"{{name}}" must be a {{types:or}} question in a register', nl: '"{{name}}" moet in een register een vraag van type {{types:or}} zijn' },
  'register-required': { en: '"{{name}}" must be required in a register', nl: '"{{name}}" moet in een register verplicht zijn' },
  'register-one-cell': {
    en: 'a register is imported one cell per question; a {{type}} question does not fit (use {{use}})',
    nl: 'een register wordt ingelezen met één cel per vraag; een vraag van type {{type}} past daar niet in (gebruik {{use}})',
  },
  'register-input-number': { en: '"{{name}}" must have inputType "number"', nl: '"{{name}}" moet inputType "number" hebben' },
  'register-halves': { en: '"{{name}}" must have exactly the choices {{halves:and}}', nl: '"{{name}}" moet precies de keuzes {{halves:and}} hebben' },
  'register-single-choice': {
    en: '"{{name}}" must be a dropdown or radiogroup question in a register',
    nl: '"{{name}}" moet in een register een vraag van type dropdown of radiogroup zijn',
  },
  'register-compliance': {
    en: 'a register counts procedures: use compliance (the share of procedures that succeeded)',
    nl: 'een register telt procedures: gebruik compliance (het aandeel procedures dat slaagde)',
  },
  'register-no-special': {
    en: 'a register is about procedures, never about a person: no special-category breakdowns',
    nl: 'een register gaat over procedures, nooit over een persoon: geen uitsplitsingen naar bijzondere persoonsgegevens',
  },
  'register-not-compliance': {
    en: '{{indicator}} is not a compliance indicator of this register',
    nl: '{{indicator}} is geen compliance-indicator van dit register',
  },
  'register-not-choice': { en: '{{value}} is not a choice of "{{name}}"', nl: '{{value}} is geen keuze van "{{name}}"' },
  'register-target-twice': {
    en: 'a second target for the same agreement, directorate and year',
    nl: 'een tweede streefcijfer voor dezelfde afspraak, directie en hetzelfde jaar',
  },
  // Choices from the organisation file
  'unknown-choice-source': {
    en: 'unknown choice source {{source}} (known: {{known}})',
    nl: 'onbekende keuzebron {{source}} (bekend: {{known}})',
  },
  'choices-from-type': {
    en: 'only a choice question ({{types}}) takes choices from {{source}}',
    nl: 'alleen een keuzevraag ({{types}}) neemt keuzes uit {{source}}',
  },
  'choices-beside-list': {
    en: 'must be a list of the answers beside the organisation list',
    nl: 'moet een lijst zijn van de antwoorden naast de lijst van de organisatie',
  },
  'choice-from-list': { en: '{{value}} comes from {{source}} already; leave it out', nl: '{{value}} komt al uit {{source}}; laat deze weg' },
  'choice-not-in-organisation': {
    en: '{{value}} is not a code in the organisation file ({{file}}); beside {{source}} a question may offer {{others}}',
    nl: '{{value}} is geen code in het organisatiebestand ({{file}}); naast {{source}} mag een vraag {{others}} aanbieden',
  },
  // The server's answer validator (survey-format/validation), which refuses what it cannot check faithfully
  'must-be-boolean': { en: '{{key}} must be true or false', nl: '{{key}} moet true of false zijn' },
  'must-be-number': { en: '{{key}} must be a number', nl: '{{key}} moet een getal zijn' },
  'must-be-string': { en: '{{key}} must be a string', nl: '{{key}} moet een tekenreeks zijn' },
  'must-be-array': { en: '{{key}} must be an array', nl: '{{key}} moet een lijst zijn' },
  'must-be-integer': { en: '{{key}} must be an integer', nl: '{{key}} moet een geheel getal zijn' },
  'must-be-date': { en: '{{key}} must be a date written YYYY-MM-DD', nl: '{{key}} moet een datum zijn, geschreven als JJJJ-MM-DD' },
  'survey-must-be-object': { en: 'the survey must be a JSON object', nl: 'de vragenlijst moet een JSON-object zijn' },
  'must-be-object': { en: 'must be a JSON object', nl: 'moet een JSON-object zijn' },
  'min-above-max': { en: 'minSelectedChoices is larger than maxSelectedChoices', nl: 'minSelectedChoices is groter dan maxSelectedChoices' },
  'input-type': {
    en: 'inputType "{{inputType}}" is not accepted (accepted: text, number, date)',
    nl: 'inputType "{{inputType}}" wordt niet aangenomen (wel: text, number, date)',
  },
  'rating-too-long': {
    en: 'the rating scale has more than {{limit}} points, more than SurveyJS shows',
    nl: 'de beoordelingsschaal heeft meer dan {{limit}} punten, meer dan SurveyJS toont',
  },
  'rate-count': { en: 'rateCount {{count}} disagrees with the {{points}}-point scale', nl: 'rateCount {{count}} klopt niet met de schaal van {{points}} punten' },
  'rating-range': {
    en: 'the rating scale needs rateStep >= 1 and rateMin <= rateMax',
    nl: 'de beoordelingsschaal vraagt rateStep >= 1 en rateMin <= rateMax',
  },
  'matrix-rows-columns': { en: 'a matrix needs rows and columns', nl: 'een matrix heeft rijen en kolommen nodig' },
  'condition-invalid': {
    en: '{{property}} "{{expression}}" is not a valid SurveyJS expression',
    nl: '{{property}} "{{expression}}" is geen geldige SurveyJS-expressie',
  },
  'condition-unknown-function': {
    en: '{{property}} "{{expression}}": unknown function {{name}}()',
    nl: '{{property}} "{{expression}}": onbekende functie {{name}}()',
  },
  'condition-not-boolean': {
    en: '{{property}} "{{expression}}": not a true/false condition',
    nl: '{{property}} "{{expression}}": geen voorwaarde die waar of onwaar is',
  },
  'condition-async': {
    en: '{{property}} "{{expression}}" uses an asynchronous function',
    nl: '{{property}} "{{expression}}" gebruikt een asynchrone functie',
  },
  'condition-unknown-variable': {
    en: '{{property}} "{{expression}}" refers to "{{variable}}", which is not a question here',
    nl: '{{property}} "{{expression}}" verwijst naar "{{variable}}", en dat is hier geen vraag',
  },
  'root-elements': { en: 'put root elements inside pages', nl: 'zet elementen op het hoogste niveau in pagina\'s' },
  'type-refused': {
    en: 'question type "{{type}}" is not accepted (accepted: {{accepted}})',
    nl: 'vraagtype "{{type}}" wordt niet aangenomen (wel: {{accepted}})',
  },
  'type-refused-here': { en: 'question type "{{type}}" is not accepted', nl: 'vraagtype "{{type}}" wordt niet aangenomen' },
  'name-format': { en: 'a question name must match ^[a-z][a-z0-9_]*$', nl: 'een vraagnaam moet voldoen aan ^[a-z][a-z0-9_]*$' },
  'name-twice': { en: 'the question name is used twice', nl: 'de vraagnaam wordt twee keer gebruikt' },
  'validator-object': { en: 'validator {{n}} must be an object', nl: 'validator {{n}} moet een object zijn' },
  'validator-kind': {
    en: 'validator "{{type}}" is not supported on a {{kind}} answer',
    nl: 'validator "{{type}}" wordt niet ondersteund bij een antwoord van soort {{kind}}',
  },
  'regex-needed': { en: 'a regex validator needs a regex', nl: 'een regex-validator heeft een regex nodig' },
  'regex-compile': { en: 'regex /{{source}}/ does not compile', nl: 'regex /{{source}}/ is ongeldig' },
  'property-unsupported': { en: '{{key}} is not supported (it {{why}})', nl: '{{key}} wordt niet ondersteund (dit {{why}})' },
  'survey-property-unsupported': { en: '{{key}} are not supported (they {{why}})', nl: '{{key}} worden niet ondersteund (deze {{why}})' },
  'why-other-key': { en: 'stores the answer under another key', nl: 'slaat het antwoord op onder een andere sleutel' },
  'why-changes-answers': { en: 'changes answers by expression', nl: 'verandert antwoorden met een expressie' },
  'why-choices-from-question': { en: 'takes its choices from another question', nl: 'neemt de keuzes over van een andere vraag' },
  'why-choices-by-url': { en: 'loads its choices from a URL', nl: 'laadt de keuzes van een URL' },
  'why-generates-choices': { en: 'generates its choices', nl: 'maakt de keuzes zelf aan' },
  'why-hides-choices': { en: 'hides choices by expression', nl: 'verbergt keuzes met een expressie' },
  'why-disables-choices': { en: 'disables choices by expression', nl: 'schakelt keuzes uit met een expressie' },
  'why-hides-rows': { en: 'hides rows by expression', nl: 'verbergt rijen met een expressie' },
  'why-hides-columns': { en: 'hides columns by expression', nl: 'verbergt kolommen met een expressie' },
  'why-computes-limit': { en: 'computes its limit by expression', nl: 'berekent de grens met een expressie' },
  'why-boolean-values': { en: 'stores a boolean as something other than true/false', nl: 'slaat ja/nee op als iets anders dan true/false' },
  'why-triggers': { en: 'change answers or navigation by expression', nl: 'veranderen antwoorden of de navigatie met een expressie' },
  'why-calculated': { en: 'add computed variables to expressions', nl: 'voegen berekende variabelen toe aan expressies' },
  'custom-choices': {
    en: 'allowCustomChoices is not supported (it accepts values outside the choices)',
    nl: 'allowCustomChoices wordt niet ondersteund (dit neemt waarden buiten de keuzes aan)',
  },
  'mask-type': { en: 'maskType is not supported (it changes the stored value)', nl: 'maskType wordt niet ondersteund (dit verandert de opgeslagen waarde)' },
  'store-others': {
    en: "storeOthersAsComment: false is not supported ('other' text must go under <name>-Comment)",
    nl: "storeOthersAsComment: false wordt niet ondersteund (de tekst bij 'anders' moet onder <name>-Comment staan)",
  },
  'item-property': { en: '{{prop}} on an item of {{key}} is not supported', nl: '{{prop}} bij een item van {{key}} wordt niet ondersteund' },
  'item-value': { en: 'every item of {{key}} needs a string or number value', nl: 'elk item van {{key}} heeft een tekst of getal als waarde nodig' },
  'choices-needed': { en: 'a choice question needs choices', nl: 'een keuzevraag heeft keuzes nodig' },
  'other-with-comment': {
    en: 'showOtherItem with showCommentArea is not supported (SurveyJS then stores the other text as the answer)',
    nl: 'showOtherItem samen met showCommentArea wordt niet ondersteund (SurveyJS slaat dan de andere tekst op als antwoord)',
  },
  // Comparability with the published versions
  'version-published': {
    en: 'version {{version}} is published; raise the version (minor or patch for wording, major for a change that breaks comparability)',
    nl: 'versie {{version}} is gepubliceerd; verhoog de versie (minor of patch voor tekst, major voor een wijziging die de vergelijkbaarheid breekt)',
  },
  'version-below': {
    en: 'version {{version}} is below the published version {{latest}}; raise it above {{latest}}',
    nl: 'versie {{version}} ligt onder de gepubliceerde versie {{latest}}; verhoog haar tot boven {{latest}}',
  },
  'breaks-comparability': {
    en: '{{change}}; that breaks comparability with published version {{latest}}: raise the major version ({{next}})',
    nl: '{{change}}; dat breekt de vergelijkbaarheid met gepubliceerde versie {{latest}}: verhoog de major-versie ({{next}})',
  },
  'needs-minor': { en: '{{change}}; that needs at least a minor version ({{next}})', nl: '{{change}}; dat vraagt minstens een nieuwe minor-versie ({{next}})' },
  'question-gone': { en: 'question "{{question}}" is gone (removed or renamed)', nl: 'vraag "{{question}}" is weg (verwijderd of hernoemd)' },
  'question-added': { en: 'question "{{question}}" was added', nl: 'vraag "{{question}}" is toegevoegd' },
  'type-changed': {
    en: 'question "{{question}}" changed type from {{from}} to {{to}}',
    nl: 'vraag "{{question}}" veranderde van type {{from}} in {{to}}',
  },
  'input-type-changed': {
    en: 'question "{{question}}" changed inputType from {{from}} to {{to}}',
    nl: 'vraag "{{question}}" veranderde van inputType {{from}} in {{to}}',
  },
  'choice-gone': {
    en: 'choice value {{value}} of question "{{question}}" is gone (removed or changed)',
    nl: 'keuzewaarde {{value}} van vraag "{{question}}" is weg (verwijderd of gewijzigd)',
  },
  'row-gone': {
    en: 'row value {{value}} of question "{{question}}" is gone (removed or changed)',
    nl: 'rijwaarde {{value}} van vraag "{{question}}" is weg (verwijderd of gewijzigd)',
  },
  'choice-added': { en: 'choice value {{value}} was added to question "{{question}}"', nl: 'keuzewaarde {{value}} is toegevoegd aan vraag "{{question}}"' },
  'row-added': { en: 'row value {{value}} was added to question "{{question}}"', nl: 'rijwaarde {{value}} is toegevoegd aan vraag "{{question}}"' },
  'scale-changed': {
    en: 'the scale of question "{{question}}" changed from ({{from}}) to ({{to}})',
    nl: 'de schaal van vraag "{{question}}" veranderde van ({{from}}) in ({{to}})',
  },
  'columns-changed': {
    en: 'the columns of question "{{question}}" changed from ({{from}}) to ({{to}})',
    nl: 'de kolommen van vraag "{{question}}" veranderden van ({{from}}) in ({{to}})',
  },
} as const satisfies Record<string, Record<CheckerLanguage, string>>;

/** A checker message's stable code: the compiler refuses one the table does not have. */
export type CheckerCode = keyof typeof MESSAGES;

/** A parameter of a message: a value, a list, or a message of its own. */
export type CheckerParam = string | number | readonly (string | number)[] | CheckerMessage;

/** A message as a check reports it: a code and the values its template names. */
export interface CheckerMessage {
  code: CheckerCode;
  params?: Readonly<Record<string, CheckerParam>>;
}

/** Every code with its templates, for the tests that every code has a text in each language. */
export const CHECKER_MESSAGES: Readonly<Record<CheckerCode, Readonly<Record<CheckerLanguage, string>>>> = MESSAGES;

const JOINERS: Readonly<Record<CheckerLanguage, Record<string, string>>> = {
  en: { or: ' or ', and: ' and ' },
  nl: { or: ' of ', and: ' en ' },
};

/** The names a template uses, e.g. `["name", "types"]` for `"{{name}}" ({{types:or}})`. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{\{(\w+)(?::\w+)?\}\}/g)].map((m) => m[1]!).sort();
}

/** A checker message worded in `language`; a parameter the template names but the message lacks shows as `?`. */
export function checkerText(message: CheckerMessage, language: CheckerLanguage): string {
  const params = message.params ?? {};
  return MESSAGES[message.code][language].replace(/\{\{(\w+)(?::(\w+))?\}\}/g, (_, name: string, joiner: string | undefined) => {
    const value = params[name];
    if (value === undefined) return '?';
    if (Array.isArray(value)) return value.join(joiner === undefined ? ', ' : JOINERS[language][joiner]);
    if (typeof value === 'object') return checkerText(value as CheckerMessage, language);
    return String(value);
  });
}
