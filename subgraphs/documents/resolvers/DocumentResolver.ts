import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors/GovGraphError.js';
import type { DocumentRecord } from '../adapter/documentRecords.js';
import type { DocumentsContext } from '../DocumentsContext.js';
import { Agency, agencyRef } from '../schema/Agency.js';
import { Document } from '../schema/Document.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'One document by id. Unknown and secret documents give NOT_FOUND alike.' })
  async document(@Arg('id', () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<DocumentRecord> {
    const document = await ctx.loaders.documentById.load(id);
    if (!document) throw notFound(`No document has the id ${id}.`);
    return document;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency whose register holds the document.' })
  agency(@Root() document: DocumentRecord): Agency {
    return agencyRef(document.agencyCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The issuing agency when it is one of the city\'s; see `issuerName` otherwise.' })
  issuer(@Root() document: DocumentRecord): Agency | null {
    return document.issuerCode ? agencyRef(document.issuerCode) : null;
  }
}
