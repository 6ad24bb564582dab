import { handlers } from '@/lib/server/staff/auth';
import { guardAuthRoute } from '@/lib/server/staff/guard-auth-route';

export const GET = guardAuthRoute(handlers.GET);
export const POST = guardAuthRoute(handlers.POST);
