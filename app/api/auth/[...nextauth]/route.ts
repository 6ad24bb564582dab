import { handlers } from '@/lib/server/auth';
import { guardAuthRoute } from '@/lib/server/guard-auth-route';

export const GET = guardAuthRoute(handlers.GET);
export const POST = guardAuthRoute(handlers.POST);
