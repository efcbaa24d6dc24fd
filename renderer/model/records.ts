/** Constructors that fill a record's optional fields the same way the schema's defaults do. */
import type { Persona } from './types';

export function newPersona(base: Pick<Persona, 'id' | 'name' | 'color' | 'order'>): Persona {
  return {
    ...base,
    photo: null,
    quote: '',
    segment: '',
    demographics: { age: '', location: '', occupation: '', extra: [] },
    behaviour: { purchaseFrequency: null, recency: null, averageBasket: '', topCategories: [], channels: [], devices: [] },
    needs: [],
    motivations: [],
    fears: [],
    obstacles: [],
    dataSources: [],
    showCard: false,
  };
}
