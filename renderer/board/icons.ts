/**
 * Bundled icons (Lucide, ISC licence) for channels and emotion faces, turned
 * into Path2D for the canvas. Nothing is fetched: the icon data ships in the bundle.
 */
import {
  Angry,
  ArrowDownRight,
  Annoyed,
  Bot,
  CalendarDays,
  CircleHelp,
  Frown,
  Globe,
  Headset,
  type IconNode,
  Laugh,
  Mail,
  Megaphone,
  Meh,
  MessageCircle,
  MessageSquareText,
  Package,
  Phone,
  Search,
  Share2,
  Smartphone,
  Smile,
  SmilePlus,
  Star,
  Store,
  Tv,
  Users,
} from 'lucide';
import type { Channel } from '../model/types';
import type { PaintContext } from './paint/paintContext';
import { tracedPath } from './paint/tracedPath';

export const CHANNEL_ICONS: { readonly [C in Channel]: IconNode } = {
  website: Globe,
  email: Mail,
  phone: Phone,
  callCentre: Headset,
  liveChat: MessageCircle,
  chatbot: Bot,
  mobileApp: Smartphone,
  sms: MessageSquareText,
  socialMedia: Share2,
  organicSearch: Search,
  paidAds: Megaphone,
  shop: Store,
  event: CalendarDays,
  outdoorTv: Tv,
  wordOfMouth: Users,
  delivery: Package,
  other: CircleHelp,
};

export const FLAG_ICONS = { momentOfTruth: Star, dropOff: ArrowDownRight } as const;

/** Faces from −3 to +3. */
export const FACE_ICONS: readonly IconNode[] = [Angry, Frown, Annoyed, Meh, Smile, SmilePlus, Laugh];

export const faceFor = (score: number): IconNode => FACE_ICONS[Math.max(0, Math.min(6, Math.round(score) + 3))]!;

const num = (value: string | number | undefined): number => Number(value ?? 0);

function elementPath(tag: string, a: Record<string, string | number | undefined>): string {
  switch (tag) {
    case 'path':
      return String(a.d ?? '');
    case 'circle': {
      const [cx, cy, r] = [num(a.cx), num(a.cy), num(a.r)];
      return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
    }
    case 'rect': {
      const [x, y, w, h] = [num(a.x), num(a.y), num(a.width), num(a.height)];
      const r = Math.min(num(a.rx), w / 2, h / 2);
      return `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${-(w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}z`;
    }
    case 'line':
      return `M${num(a.x1)} ${num(a.y1)}L${num(a.x2)} ${num(a.y2)}`;
    case 'polyline':
    case 'polygon': {
      const points = String(a.points ?? '').trim().split(/[\s,]+/).map(Number);
      let d = '';
      for (let i = 0; i + 1 < points.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${points[i]} ${points[i + 1]}`;
      return tag === 'polygon' ? `${d}z` : d;
    }
    default:
      return '';
  }
}

const pathCache = new WeakMap<IconNode, Path2D>();

/** One Path2D per icon, on Lucide's 24×24 grid, built once. */
export function iconPath(icon: IconNode): Path2D {
  let path = pathCache.get(icon);
  if (!path) {
    path = tracedPath(icon.map(([tag, attrs]) => elementPath(tag, attrs)).join(' '));
    pathCache.set(icon, path);
  }
  return path;
}

/** Strokes an icon centred at (cx, cy) with the given size, in the current transform. */
export function strokeIcon(ctx: PaintContext, icon: IconNode, cx: number, cy: number, size: number, color: string): void {
  ctx.save();
  ctx.translate(cx - size / 2, cy - size / 2);
  ctx.scale(size / 24, size / 24);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke(iconPath(icon));
  ctx.restore();
}
