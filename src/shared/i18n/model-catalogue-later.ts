/**
 * The English `model` catalogue's later part: the unit and explanation of each calibration
 * constant the indices' formulas refer to, shown under the formulas. A chunk of its own, loaded
 * with the panels that show it (loadLaterPart in i18n.ts), so the first screen does not download
 * the constants' explanations (models/params/calibration-docs.ts).
 */
import { CALIBRATION, CALIBRATION_DOCS, INDEX_DECLARATIONS } from '../../../models/index';

export function modelCatalogueLater(): Record<string, unknown> {
  const referenced = [...new Set(INDEX_DECLARATIONS.flatMap((d) => d.references))];
  return {
    calibration: Object.fromEntries(referenced.map((key) => [key, { unit: CALIBRATION[key].unit, doc: CALIBRATION_DOCS[key].doc }])),
  };
}
