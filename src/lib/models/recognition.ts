import type { ModelData } from '../../schemas/model.ts';
import { RECOGNITION_LEVELS } from '../../schemas/model.ts';

type Recognition = ModelData['recognition'][number];

/**
 * A recognition as a model's page lists it: "Công nhận cấp xã: UBND xã Bát Xát, Quyết định số
 * 12/QĐ-UBND ngày 05/12/2024" (the year alone when the date is unknown).
 */
export function recognitionText(recognition: Recognition): string {
  const { level, body, decision, date, year } = recognition;
  return `Công nhận ${RECOGNITION_LEVELS[level].toLowerCase()}: ${[
    body,
    decision ? `, Quyết định số ${decision}` : '',
    date ? ` ngày ${date}` : `, năm ${year}`,
  ].join('')}`;
}
