/**
 * Dot voting on the board, without changing how the board paints or handles
 * gestures: a transparent canvas over it draws each voted item's dots (with
 * the count) and dims all but the top N; during a turn, pointer presses on the
 * board are taken here first (capture phase) and become votes, so nothing is
 * selected, dragged or edited while the laptop goes round. The wheel still zooms.
 */
import { useEffect, useRef } from 'react';
import type { BoardController } from '../../board/boardController';
import { toScreen, toWorld } from '../../board/camera';
import { noteAt, touchpointAt } from '../../model/layout';
import type { Rect } from '../../model/layout';
import type { JourneyMap } from '../../model/types';
import { countByTarget, isVotable, ranking, topTargets, visibleVotes, votesOf } from '../../model/voting';
import type { DocumentStore } from '../../state/documentStore';
import { castVote, removeVote } from '../../state/commands/voteCommands';
import { useValue } from '../useUi';
import type { VotingView } from '../../state/votingView';
import { shownRound, type Workshop } from './workshop';

const DOT = '#c81e1e';
const SWALLOWED = ['mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'contextmenu'] as const;

interface OverlayProps {
  readonly store: DocumentStore;
  readonly workshop: Workshop;
  readonly controller: BoardController;
  readonly map: JourneyMap;
}

export function VoteOverlay({ store, workshop, controller, map }: OverlayProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const view = useValue(workshop.voting);
  const round = shownRound(map, view);

  useEffect(() => {
    const canvas = canvasRef.current;
    const host = canvas?.parentElement;
    const board = host?.querySelector<HTMLElement>('[data-testid=board]');
    if (!canvas || !host || !board) return;
    const paint = () => {
      const ratio = window.devicePixelRatio || 1;
      const { width, height } = host.getBoundingClientRect();
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      const ctx = canvas.getContext('2d');
      const layout = controller.getLayout();
      if (!ctx || !layout || !round) return;
      const boardBox = board.getBoundingClientRect();
      const hostBox = host.getBoundingClientRect();
      ctx.setTransform(ratio, 0, 0, ratio, ratio * (boardBox.left - hostBox.left), ratio * (boardBox.top - hostBox.top));
      const body = controller.bodyRect();
      ctx.beginPath();
      ctx.rect(body.x, body.y, body.width, body.height);
      ctx.clip();
      const camera = controller.getCamera();
      const boxOf = (id: string): Rect | undefined => (Object.hasOwn(layout.noteIndex, id) ? layout.noteIndex[id] : undefined) ?? layout.touchpoints.find((box) => box.id === id);
      const screenBox = (box: Rect) => {
        const topLeft = toScreen(camera, box.x, box.y);
        return { x: topLeft.x, y: topLeft.y, width: box.width * camera.scale, height: box.height * camera.scale };
      };
      const revealed = round.revealed || !round.settings.hiddenUntilReveal;
      if (revealed && view.topN !== null) {
        // Everything but the top items under a veil: the room's eyes go to what won.
        ctx.beginPath();
        ctx.rect(body.x, body.y, body.width, body.height);
        for (const id of topTargets(ranking(map, round), view.topN)) {
          const box = boxOf(id);
          if (box) {
            const s = screenBox(box);
            ctx.rect(s.x - 4, s.y - 4, s.width + 8, s.height + 8);
          }
        }
        ctx.fillStyle = 'rgba(248, 250, 252, 0.72)';
        ctx.fill('evenodd');
      }
      const votes = round.endedAt === null ? visibleVotes(map, round) : votesOf(map, round.id);
      const radius = Math.max(11, Math.min(22, 18 * camera.scale));
      ctx.font = `700 ${Math.round(radius * 1.15)}px "Noto Sans", sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (const [id, count] of countByTarget(votes)) {
        const box = boxOf(id);
        if (!box) continue;
        const s = screenBox(box);
        const cx = s.x + s.width - radius * 0.6;
        const cy = s.y + radius * 0.6;
        ctx.beginPath();
        ctx.arc(cx, cy, radius, 0, Math.PI * 2);
        ctx.fillStyle = DOT;
        ctx.fill();
        ctx.lineWidth = 2;
        ctx.strokeStyle = '#fff';
        ctx.stroke();
        ctx.fillStyle = '#fff';
        ctx.fillText(String(count), cx, cy + 1);
      }
    };
    paint();
    const offCamera = controller.onCamera(paint);
    const offLayout = controller.onLayoutChange(paint);
    const resize = new ResizeObserver(paint);
    resize.observe(host);
    return () => {
      offCamera();
      offLayout();
      resize.disconnect();
    };
  }, [controller, map, round, view.topN]);

  const turn = round && round.endedAt === null ? round.currentParticipantId : null;
  useEffect(() => {
    const host = canvasRef.current?.parentElement;
    const board = host?.querySelector<HTMLElement>('[data-testid=board]');
    if (!round || !turn || !host || !board) return;
    const onBoard = (e: Event) => e.target instanceof Node && board.contains(e.target) && (e as MouseEvent).button !== 1;
    const targetAt = (e: MouseEvent): string | null => {
      const layout = controller.getLayout();
      if (!layout) return null;
      const box = board.getBoundingClientRect();
      const world = toWorld(controller.getCamera(), e.clientX - box.left, e.clientY - box.top);
      return noteAt(layout, world.x, world.y)?.id ?? touchpointAt(layout, world.x, world.y)?.id ?? null;
    };
    const onPress = (e: PointerEvent) => {
      if (!onBoard(e)) return;
      e.stopPropagation();
      e.preventDefault();
      const targetId = targetAt(e);
      if (!targetId) return;
      const args = { roundId: round.id, participantId: turn, targetId };
      let refusal: VotingView['refusal'] = null;
      if (e.button === 2 || e.altKey) store.run(removeVote, args);
      else if (e.button === 0 && store.run(castVote, args) === null) {
        refusal = isVotable(store.getMap(), round, targetId) ? 'noneLeft' : 'notVotable';
      }
      workshop.voting.set({ refusal });
    };
    const swallow = (e: Event) => {
      if (!onBoard(e)) return;
      e.stopPropagation();
      if (e.type === 'contextmenu') e.preventDefault();
    };
    host.addEventListener('pointerdown', onPress, true);
    for (const type of SWALLOWED) host.addEventListener(type, swallow, true);
    return () => {
      host.removeEventListener('pointerdown', onPress, true);
      for (const type of SWALLOWED) host.removeEventListener(type, swallow, true);
    };
  }, [controller, store, workshop, round, turn]);

  return <canvas ref={canvasRef} className="vote-overlay" data-testid="vote-overlay" aria-hidden="true" />;
}
