// Where the paired-assistance pages live (#/pairing-…) and the routes other pages link to: a household's page
// (its cadres and timeline), its 扶贫手册 print, the contact cards of a place.
export const CADRES_PAGE = 'pairing-cadres';
export const VISITS_PAGE = 'pairing-visits';
export const ALERTS_PAGE = 'pairing-alerts';

/** navigate(...householdPage(id)): the household's paired-assistance page. */
export const householdPage = (householdId: string) => [VISITS_PAGE, 'household', householdId] as const;
/** navigate(...handbookPrint(id)): the household's file in the 扶贫手册 layout, on A4. */
export const handbookPrint = (householdId: string) => [VISITS_PAGE, 'handbook', householdId] as const;
/** navigate(...contactCardsPrint(township, village)): the contact cards of a place ('' for all). */
export const contactCardsPrint = (township = '', village = '') => [ALERTS_PAGE, 'cards', township, village] as const;
