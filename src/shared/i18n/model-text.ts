/**
 * The model's declared words in the interface language. The declarations in models/ keep the
 * English (the command line and the ODD read it there); the catalogue `model` holds every
 * language's text under the declaration's key (`levers.<key>.label`, `outputs.<key>.doc`,
 * `routes.<id>`, …), built for English from the declarations themselves
 * (scripts/i18n/model-texts.ts). Components take these functions from `useModelText()`, so they
 * are drawn again when the language changes; other code passes `i18n.t`.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface ModelText {
  leverLabel(key: string): string;
  leverDoc(key: string): string;
  leverUnit(key: string): string;
  groupLabel(id: string): string;
  outputLabel(key: string): string;
  outputDoc(key: string): string;
  outputUnit(key: string): string;
  routeLabel(id: string): string;
  /** A person's state by its name in the model's State table (Home, Trapped, …). */
  stateLabel(name: string): string;
  indexLabel(output: string): string;
  termMeaning(output: string, term: string): string;
  calibrationUnit(key: string): string;
  calibrationDoc(key: string): string;
}

export function modelText(t: TFunction): ModelText {
  const m = (key: string) => t(`model:${key}`);
  return {
    leverLabel: (key) => m(`levers.${key}.label`),
    leverDoc: (key) => m(`levers.${key}.doc`),
    leverUnit: (key) => m(`levers.${key}.unit`),
    groupLabel: (id) => m(`groups.${id}`),
    outputLabel: (key) => m(`outputs.${key}.label`),
    outputDoc: (key) => m(`outputs.${key}.doc`),
    outputUnit: (key) => m(`outputs.${key}.unit`),
    routeLabel: (id) => m(`routes.${id}`),
    stateLabel: (name) => m(`states.${name}`),
    indexLabel: (output) => m(`indices.${output}.label`),
    termMeaning: (output, term) => m(`indices.${output}.terms.${term}`),
    calibrationUnit: (key) => m(`calibration.${key}.unit`),
    calibrationDoc: (key) => m(`calibration.${key}.doc`),
  };
}

/** The model's words for a component, redrawn when the language changes. */
export function useModelText(): ModelText {
  const { t } = useTranslation('model');
  return useMemo(() => modelText(t), [t]);
}

