/**
 * Reads brat standoff annotation files (`.ann`) as used by PolNeAR: text-bound spans (which may
 * have several discontinuous pieces) and the events that tie an attribution's parts together.
 */
import type { Span } from '../../shared/article.ts';

export interface BratSpan {
  id: string;
  type: string;
  pieces: Span[];
}

export interface BratEvent {
  id: string;
  type: string;
  /**
   * Role name ("Source", "Cue", "Content") to the ids of the spans that fill it, in order: brat
   * numbers a repeated role ("Content:T18 Content2:T22", a quote split around its cue), and the
   * numbered ones belong to the same role.
   */
  args: Map<string, string[]>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

export function parseBrat(ann: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      if (space < 0) continue;
      const type = body.slice(0, space);
      const pieces: Span[] = [];
      for (const piece of body.slice(space + 1).split(';')) {
        const [s, e] = piece.trim().split(/\s+/).map(Number);
        if (s !== undefined && e !== undefined && Number.isFinite(s) && Number.isFinite(e)) {
          pieces.push({ start: s, end: e });
        }
      }
      spans.set(id, { id, type, pieces });
    } else if (id.startsWith('E')) {
      const parts = body.trim().split(/\s+/);
      const head = parts[0]?.split(':') ?? [];
      const args = new Map<string, string[]>();
      for (const part of parts.slice(1)) {
        const [role, ref] = part.split(':');
        if (!role || !ref) continue;
        const name = role.replace(/\d+$/, '');
        args.set(name, [...(args.get(name) ?? []), ref]);
      }
      events.push({ id, type: head[0] ?? '', args });
    }
  }
  return { spans, events };
}
