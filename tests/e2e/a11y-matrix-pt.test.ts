// The accessibility matrix (a11y-matrix.ts) in pt, light and dark.
import { describeMatrix } from './a11y-matrix.ts';

describeMatrix('pt');
