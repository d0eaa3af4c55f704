// The accessibility matrix (a11y-matrix.ts) in en, light and dark.
import { describeMatrix } from './a11y-matrix.ts';

describeMatrix('en');
