import { http, HttpResponse, type HttpHandler } from 'msw';
import { branchMeetings, checkInCode, meetingAttendance, memberMeetings, memberRecord } from '../../fixtures/meetings.js';

/**
 * `/meetings`, `/me/attendance` and the secretary's meeting endpoints for the stories of
 * `<pb-meetings>`: 第一党支部's year from fixtures/meetings.ts. Writes answer with the
 * meeting as it would be after them (a check-in with any six digits succeeds, except
 * 000000, which is refused as expired).
 */
const base = '/api/v1';
const find = (id: string) => memberMeetings().items.find((m) => m.id === id) ?? memberMeetings().items.find((m) => m.id === 'mt-open')!;
const expired = () =>
  HttpResponse.json(
    { type: '/problems/invalid-check-in', title: 'The check-in is not accepted', status: 422, errors: [{ pointer: '/code', code: 'expired', detail: 'rotated out' }] },
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );

export const meetingHandlers: HttpHandler[] = [
  http.get(`${base}/meetings`, () => HttpResponse.json(memberMeetings())),
  http.get(`${base}/me/attendance`, () => HttpResponse.json(memberRecord())),
  http.post(`${base}/meetings/:id/check-in`, async ({ params, request }) => {
    const body = (await request.json()) as { method: 'code' | 'online'; code?: string };
    if (body.code === '000000') return expired();
    const m = find(String(params['id']));
    return HttpResponse.json({ ...m, mine: { ...m.mine, checkIn: { at: new Date().toISOString(), method: body.method }, attendance: 'present' } });
  }),
  http.put(`${base}/meetings/:id/reply`, async ({ params, request }) => {
    const body = (await request.json()) as { reply: 'attend' | 'leave'; reason?: string };
    const m = find(String(params['id']));
    const leave = body.reply === 'leave' ? { reason: body.reason ?? '', status: 'pending' as const, decidedAt: null, note: null } : null;
    return HttpResponse.json({ ...m, mine: { ...m.mine, reply: body.reply, leave } });
  }),
  http.get(`${base}/branches/:branchId/meetings`, () => HttpResponse.json(branchMeetings())),
  http.get(`${base}/meetings/:id/attendance`, () => HttpResponse.json(meetingAttendance())),
  http.get(`${base}/meetings/:id/check-in-code`, () => HttpResponse.json({ ...checkInCode(String(Math.floor(100000 + Math.random() * 900000))), serverTime: new Date().toISOString(), rotatesAt: new Date(Date.now() + 30_000).toISOString() })),
  http.put(`${base}/meetings/:id/leave/:memberId`, () => HttpResponse.json({ ...meetingAttendance().members[1]!, leave: { ...meetingAttendance().members[1]!.leave!, status: 'approved' }, status: 'leave' })),
  http.put(`${base}/meetings/:id/attendance/:memberId`, () => HttpResponse.json({ ...meetingAttendance().members[2]!, checkIn: { at: new Date().toISOString(), method: 'manual' }, status: 'present' })),
  http.post(`${base}/branches/:branchId/meetings`, () => HttpResponse.json({ ...memberMeetings().items.find((m) => m.id === 'mt-next')!, id: 'mt-planned' }, { status: 201 })),
];
