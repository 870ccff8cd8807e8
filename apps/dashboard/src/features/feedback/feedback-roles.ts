import { isAdmin, regionOf, type Viewer } from '../../auth/session';

/** The channel is the region's own staff's and the republican office's, nobody else's (the API's rule). */
export function takesPartInFeedback(viewer: Viewer): boolean {
  return isAdmin(viewer) || regionOf(viewer) !== null;
}
