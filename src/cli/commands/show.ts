import type { EventRecord } from '../../model/event-record.js';
import type { Span } from '../../model/span.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { openCliStore } from '../open-store.js';
import { describeParticipant, describePlace, describeTime, describeFigure } from '../output/describe-event.js';
import { EXIT, UsageError, CommandError } from '../exit-codes.js';

export const SHOW_HELP = `sitrep show EVENT_ID [--db FILE] [--json]

Shows one event: every field with the words it came from, the sentences of its evidence with
those words highlighted, and who says so (the attribution chain, innermost source first).`;

interface Mark extends Span { label: string }

/** The sentence(s) around a span, with each field's words marked [like this]{label}. */
function highlight(text: string, around: Span, marks: Mark[], tty: boolean): string {
  const start = Math.max(0, text.lastIndexOf('\n', around.start) + 1, (() => { const i = text.slice(0, around.start).search(/[.!?]\s+[^.!?]*$/); return i >= 0 ? i + 2 : 0; })());
  const endDot = text.slice(around.end).search(/[.!?](\s|$)/);
  const end = endDot >= 0 ? around.end + endDot + 1 : text.length;
  const inside = marks.filter((m) => m.start >= start && m.end <= end).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = start;
  for (const m of inside) {
    if (m.start < at) continue;
    out += text.slice(at, m.start);
    const words = text.slice(m.start, m.end);
    out += tty ? `\x1b[1;4m${words}\x1b[0m\x1b[2m{${m.label}}\x1b[0m` : `[${words}]{${m.label}}`;
    at = m.end;
  }
  return out + text.slice(at, end);
}

function marksOf(e: EventRecord): Mark[] {
  const marks: Mark[] = [{ ...e.trigger, label: e.type }];
  for (const p of e.actors) marks.push({ ...p.evidence, label: 'actor' });
  for (const p of e.recipients) marks.push({ ...p.evidence, label: 'recipient' });
  if (e.time) marks.push({ ...e.time.evidence, label: 'time' });
  for (const p of [...(e.place ? [e.place] : []), ...(e.otherPlaces ?? [])]) marks.push({ ...p.evidence, label: 'place' });
  for (const s of e.attribution) marks.push({ ...s.span, label: 'source' });
  if (e.factualityEvidence) marks.push({ ...e.factualityEvidence, label: e.factuality });
  for (const c of e.content ?? []) marks.push({ ...c.trigger, label: `${c.type} ${c.factuality}` });
  for (const figures of [...Object.values(e.fatalities ?? {}), ...Object.values(e.injured ?? {})]) for (const f of figures ?? []) marks.push({ ...f.evidence, label: 'figure' });
  return marks;
}

export async function showCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {});
  if (values.help) { console.log(SHOW_HELP); return EXIT.ok; }
  if (positionals.length !== 1) throw new UsageError('give one event id, as `sitrep events` lists them (ev_…).');
  const store = await openCliStore(values.db);
  try {
    const found = await store.getEvent(positionals[0]);
    if (!found) throw new CommandError(`no event ${positionals[0]} in ${values.db ?? './sitrep.db'}; list them with sitrep events.`);
    const { event: e, document: doc } = found;
    const tty = Boolean(process.stdout.isTTY);
    const lines = [
      `${e.id}  ${e.type}${e.mode ? ' / ' + e.mode : ''}${e.cameo ? '  CAMEO ' + e.cameo : ''}${e.acled ? '  ACLED ' + e.acled : ''}${e.otherClass ? '  ' + e.otherClass : ''}`,
      `document    ${doc.id}${doc.title ? '  “' + doc.title + '”' : ''}${doc.outlet ? '  ' + doc.outlet : ''}${doc.published ? '  ' + doc.published : ''}${doc.origin ? '  ' + doc.origin : ''}`,
      `trigger     “${e.triggerText}” [${e.trigger.start}, ${e.trigger.end})`,
      `actors      ${e.actors.map(describeParticipant).join(', ') || '(none named)'}`,
      `recipients  ${e.recipients.map(describeParticipant).join(', ') || '(none named)'}`,
      `time        ${e.time ? `${describeTime(e)}  precision ${e.time.precision}${e.time.inferred.length ? '  inferred: ' + e.time.inferred.join(', ') : ''}  from “${doc.text.slice(e.time.evidence.start, e.time.evidence.end)}”` : '(not stated)'}`,
      `place       ${e.place ? describePlace(e.place) : '(not stated)'}`,
      ...(e.otherPlaces ?? []).map((p) => `also in     ${describePlace(p)}`),
      `factuality  ${e.factuality}${e.factualityEvidence ? `  from “${doc.text.slice(e.factualityEvidence.start, e.factualityEvidence.end)}”` : ''}`,
      ...(e.content ?? []).map((c) => `${e.type === 'THREATEN' ? 'threatens' : 'asks for'}    ${c.type}${c.mode ? ' / ' + c.mode : ''} “${c.triggerText}” (${c.factuality}, not recorded as an event)`),
      `who says    ${e.attribution.length ? e.attribution.map((s) => `${s.name} (${s.kind})`).join('  ←  via  ') : 'the article itself'}`,
    ];
    for (const [label, figures] of [['killed', e.fatalities], ['injured', e.injured]] as const) {
      for (const [category, list] of Object.entries(figures ?? {})) lines.push(`${label.padEnd(12)}${category} ${list!.map((f) => `${describeFigure(f)} (“${f.text}”${f.vague ? ', vague word' : ''})`).join('; ')}`);
    }
    lines.push(`confidence  ${e.confidence.toFixed(2)}   made by pipeline ${e.provenance.pipeline}, lexicons ${e.provenance.lexicons}`, '', 'evidence:');
    for (const span of e.evidence) lines.push('  ' + highlight(doc.text, span, marksOf(e), tty).replace(/\s+/g, ' ').trim());
    console.log(lines.join('\n'));
    if (values.json) console.log(JSON.stringify({ event: e, document: { id: doc.id, title: doc.title, published: doc.published, outlet: doc.outlet, url: doc.url, origin: doc.origin } }));
  } finally {
    await store.close();
  }
  return EXIT.ok;
}
