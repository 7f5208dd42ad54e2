import { createContext } from 'preact';
import type { Prefs } from '../../lib/views/prefs';

// The user's own names for grades A/B/C (settings: some teams say VIP/普通), for every view that names a grade: the
// archive's table and filters and the card editor. Empty where no page provides them (the defaults then show).
export const GradeLabelsContext = createContext<Prefs['gradeLabels']>({});
