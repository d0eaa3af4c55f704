/*
 * A readable name and a link for a place of the plan that cites something (a document, a
 * glossary term): shared by the documents and glossary screens so both name places alike.
 */
import type { CitationTarget, PlanBundle } from '../../domain/types.ts';
import { meetingTitle } from '../../i18n/labels.ts';
import { t } from '../../i18n/index.ts';
import { href } from '../../routing/routes.ts';

export type CitationPlace = { label: string; link: string };

export function describeCitation(bundle: PlanBundle, target: CitationTarget): CitationPlace {
  const plan = (id: string) => href({ name: 'plan', anchor: id });
  switch (target.kind) {
    case 'section': {
      const s = bundle.sections.find((x) => x.id === target.id);
      return { label: s ? `${s.number ? `${s.number}. ` : ''}${s.heading.text}` : target.id, link: plan(target.id) };
    }
    case 'mandate': {
      const m = bundle.mandates.find((x) => x.id === target.id);
      const n = m ? bundle.mandates.filter((x) => x.resolutionId === m.resolutionId).indexOf(m) + 1 : 0;
      return { label: t('plan.mandate', { n }), link: plan(target.id) };
    }
    case 'resolution': {
      const r = bundle.resolutions.find((x) => x.id === target.id);
      return { label: `${t('plan.resolution')} ${r?.symbol ?? ''}`, link: plan(target.id) };
    }
    case 'meeting': {
      const m = bundle.meetings.find((x) => x.id === target.id);
      return { label: m ? meetingTitle(m).text : target.id, link: href({ name: 'meeting', id: target.id }) };
    }
    case 'milestone': {
      const m = bundle.milestones.find((x) => x.id === target.id);
      return { label: m?.title.text ?? target.id, link: href({ name: 'timeline' }) };
    }
  }
}
