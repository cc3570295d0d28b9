/**
 * Figures computed straight from the simulators' raw legacy records, by the definitions of
 * DOMAIN.md "Summaries", with none of the adapters' or simulators' own counting code: what leaders
 * see must equal what the source systems hold.
 */

/** `dd/MM/yyyy[ HH:mm:ss]` (Vietnam time) to an instant. */
export function vnInstant(text: string): Date {
  const [date = '', time = '00:00:00'] = text.split(' ');
  const [dd, mm, yyyy] = date.split('/');
  return new Date(`${yyyy}-${mm}-${dd}T${time}+07:00`);
}

/** `dd/MM/yyyy…` to `YYYY-MM-DD`. */
export function vnDate(text: string): string {
  const [dd, mm, yyyy] = text.slice(0, 10).split('/');
  return `${yyyy}-${mm}-${dd}`;
}

/** The Vietnam calendar date of an instant. */
export function dateOf(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export interface RawTask {
  MaNhiemVu: string;
  MaDonViChuTri: string;
  NgayGiao: string;
  HanXuLy: string;
  NgayHoanThanh: string;
  IDVanBan: string;
}

export interface RawDocument {
  ID: string;
  LoaiSo: string;
  MaDonViSo: string;
  NgayBanHanh: string;
  NgayDen: string;
  KySo: string;
  DoMat: string;
  SoKyHieu: string;
  TrichYeu: string;
}

export function expectedTaskSummary(tasks: readonly RawTask[], from: string, to: string, asOf: Date) {
  const figures = { total: 0, doneOnTime: 0, doneLate: 0, openOnTrack: 0, openOverdue: 0 };
  for (const task of tasks) {
    const assigned = vnDate(task.NgayGiao);
    if (assigned < from || assigned > to) continue;
    figures.total += 1;
    const due = vnDate(task.HanXuLy);
    if (task.NgayHoanThanh !== '' && vnInstant(task.NgayHoanThanh) <= asOf) {
      if (vnDate(task.NgayHoanThanh) <= due) figures.doneOnTime += 1;
      else figures.doneLate += 1;
    } else if (dateOf(asOf) > due) figures.openOverdue += 1;
    else figures.openOnTrack += 1;
  }
  return figures;
}

export function expectedDocumentSummary(documents: readonly RawDocument[], from: string, to: string) {
  let incoming = 0;
  let outgoing = 0;
  let signed = 0;
  for (const document of documents) {
    const incomingDocument = document.LoaiSo === '1';
    const date = vnDate(incomingDocument ? document.NgayDen : document.NgayBanHanh);
    if (date < from || date > to) continue;
    if (incomingDocument) incoming += 1;
    else {
      outgoing += 1;
      if (document.KySo === '1') signed += 1;
    }
  }
  return { incoming, outgoing, digitallySignedRate: outgoing === 0 ? null : signed / outgoing };
}

export function openOverdueAt(tasks: readonly RawTask[], now: Date): RawTask[] {
  return tasks.filter((task) => task.NgayHoanThanh === '' && dateOf(now) > vnDate(task.HanXuLy));
}
