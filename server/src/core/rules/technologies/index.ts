import type { Rule } from '../rule';
import { duplicateKeyword } from './duplicateKeyword';
import { notInSkills } from './notInSkills';
import { skillNoEvidence } from './skillNoEvidence';
import { techName } from './techName';

/** The checks of technology names, built on the vocabulary (server/src/core/technologies). */
export const TECHNOLOGY_RULES: readonly Rule[] = [techName, duplicateKeyword, notInSkills, skillNoEvidence];
