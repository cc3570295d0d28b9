import { Directive, Field, ObjectType } from 'type-graphql';
import { badUserInput } from '../errors/GovGraphError.js';
import { parseFirst } from './arguments.js';

@Directive('@shareable')
@Directive('@tag(name: "public")')
@ObjectType({ description: 'Where a page of a connection stands in the whole list.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first node of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last node; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/**
 * Cursors are opaque to clients; inside, they hold the offset in the list, since every legacy
 * system pages by number. The `v1:` prefix lets a later format be told apart.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`v1:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^v1:(\d{1,9})$/.exec(text);
  if (!match) throw badUserInput(`Argument "after" is not a cursor this API gave out: ${JSON.stringify(cursor)}.`, 'after');
  return Number(match[1]);
}

/** A page request read from `first`/`after`: the offset of its first node and its size. */
export interface PageWindow {
  readonly offset: number;
  readonly size: number;
}

export function pageWindow(first: number, after: string | null | undefined): PageWindow {
  const size = parseFirst(first);
  const offset = after ? decodeCursor(after) + 1 : 0;
  return { offset, size };
}

/** The connection fields every list shares, from a page of nodes and the list's total. */
export function connectionOf<T>(nodes: readonly T[], window: PageWindow, totalCount: number) {
  const pageInfo: PageInfo = {
    hasNextPage: window.offset + nodes.length < totalCount,
    hasPreviousPage: window.offset > 0,
    startCursor: nodes.length > 0 ? encodeCursor(window.offset) : null,
    endCursor: nodes.length > 0 ? encodeCursor(window.offset + nodes.length - 1) : null,
  };
  return { totalCount, nodes: [...nodes], pageInfo };
}

/**
 * Legacy systems page by `trang`/`soBanGhi`; a cursor window may straddle two of their pages.
 * Returns the (at most two) legacy pages of size `window.size` that cover the window.
 */
export function legacyPagesFor(window: PageWindow): { page: number; size: number; skip: number }[] {
  if (window.size === 0) return [];
  const firstPage = Math.floor(window.offset / window.size) + 1;
  const skip = window.offset % window.size;
  return skip === 0
    ? [{ page: firstPage, size: window.size, skip: 0 }]
    : [
        { page: firstPage, size: window.size, skip },
        { page: firstPage + 1, size: window.size, skip: 0 },
      ];
}
