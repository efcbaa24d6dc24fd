/** Constructors that fill a record's optional fields the same way the schema's defaults do. */
import type { Persona, Touchpoint } from './types';

export function newTouchpoint(base: Pick<Touchpoint, 'id' | 'laneId' | 'stageId' | 'order' | 'channel' | 'label'> & Partial<Touchpoint>): Touchpoint {
  return { goal: '', kpi: '', target: null, actual: null, momentOfTruth: false, dropOff: false, ...base };
}

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
