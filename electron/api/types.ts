// Result and input types shared by the core and the renderer (types only, no runtime code).
import type { Role } from './roles';

export type OfficeRole = 'county' | 'city';

export interface OfficeInfo { code: string; name: string; role: OfficeRole; incarnationId: string }

export interface OfficeStatus { configured: boolean; office: OfficeInfo | null; user: SessionUser | null }

export interface OfficeSetupInput {
  code: string; name: string; role: OfficeRole;
  admin: { username: string; password: string; displayName?: string };
}

export interface SessionUser { id: string; username: string; displayName: string; roles: Role[] }

export interface UserInfo {
  id: string; username: string; displayName: string; roles: Role[]; active: boolean; lockedUntil: string | null; createdAt: string;
}
export interface UserCreateInput { username: string; displayName: string; roles: Role[]; password: string }
export interface UserUpdateInput { id: string; displayName?: string; roles?: Role[]; active?: boolean; password?: string }

export interface ApiError { code: string; messageKey: string; details?: Record<string, unknown> }
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface DbCheckResult {
  integrity: string; // 'ok' or SQLite's first complaint
  migrations: { applied: number; known: number; ok: boolean };
  audit: { ok: boolean; entries: number; firstBrokenSeq: number | null };
  ok: boolean;
}
