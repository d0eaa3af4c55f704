// The accessibility matrix (a11y-matrix.ts) in es, light and dark.
import { describeMatrix } from './a11y-matrix.ts';

describeMatrix('es');
