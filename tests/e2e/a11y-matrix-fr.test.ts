// The accessibility matrix (a11y-matrix.ts) in fr, light and dark.
import { describeMatrix } from './a11y-matrix.ts';

describeMatrix('fr');
