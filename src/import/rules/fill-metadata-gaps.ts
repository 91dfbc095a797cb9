import type { ImportRule } from '../import-draft';
import { findWireOutlet } from '../wire-outlets';

/**
 * Fills what the title and dateline left open, each time with a warning: the kicker from the region (`광주소식`),
 * the outlet from photo-desk addresses and caption marks (`photo@newsis.com`, `/뉴스1`). A house style no outlet
 * names falls back to Newsis. The region is never guessed from the kicker: `구정소식` names no region.
 */
export const fillMetadataGaps: ImportRule = {
  name: 'fill-metadata-gaps',
  apply(draft, warn) {
    const { meta } = draft;
    if (meta.kicker === '' && meta.region !== '') {
      meta.kicker = `${meta.region}소식`;
      warn('kicker_guessed', `Used "${meta.kicker}" as the kicker; the text has none.`);
    }
    if (meta.outlet === '') {
      const hinted = meta.outletHints.map(findWireOutlet).find((outlet) => outlet !== null);
      if (hinted !== undefined) {
        meta.outlet = hinted.name;
        meta.houseStyle = hinted.houseStyle;
        warn('outlet_guessed', `Took the outlet "${hinted.name}" from the photo credits and e-mail addresses.`);
      }
    }
    if (meta.houseStyle === null) {
      meta.houseStyle = 'newsis';
      warn('house_style_guessed', 'Nothing in the text names an outlet Bureau has a house style for; the Newsis style was chosen.');
    }
  },
};
