import type { Context } from 'hono';
import type { ChangeFeed } from '../services/change-feed';
import type { EditLockService } from '../services/edit-lock-service';
import type { AuthService } from '../services/auth-service';
import type { UserAdminService } from '../services/user-admin-service';
import type { FirstRunSetup } from '../services/first-run-setup';
import type { PhotoService } from '../services/photo-service';
import type { RoundupService } from '../services/roundup-service';
import type { CommentService } from '../services/comment-service';
import type { NotificationService } from '../services/notification-service';
import type { ErrorLogger } from './api-error-response';
import type { SessionCookies } from './session-cookies';

/** Everything the HTTP app needs; the server and the browser mock differ only in what they pass here. */
export interface ApiDependencies {
  roundups: RoundupService;
  comments: CommentService;
  notifications: NotificationService;
  locks: EditLockService;
  photos: PhotoService;
  auth: AuthService;
  /** Account management (admins) and changing one's own password. */
  accounts: UserAdminService;
  /** The first-run path (POST /api/setup): closed unless the server printed a setup link. */
  setup: FirstRunSetup;
  /** Largest photo upload, in bytes (the photo service enforces it too; this refuses early by Content-Length). */
  maxPhotoBytes: number;
  /** Mark the session cookie `Secure` (served over https). */
  secureCookies: boolean;
  /** Where the session token is kept; an httpOnly cookie unless the browser mock says otherwise. */
  sessionCookies?: SessionCookies;
  /** Origins besides the request's own that may send state-changing requests (a dev server on another port). */
  trustedOrigins?: readonly string[];
  logger?: ErrorLogger;
  /** Changes to roundups, streamed to pages at `/api/live`; absent where pages learn of changes otherwise. */
  changes?: ChangeFeed;
  /**
   * The client address a request came from, for the sign-in throttle: the server reads its socket (or a trusted
   * proxy's header), the mock names itself. Absent, every request counts as one address.
   */
  clientAddress?: (c: Context) => string;
  /** What `/api/health` reports. */
  describeBackend?: () => Promise<Record<string, string | number | boolean>>;
}
