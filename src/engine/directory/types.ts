/**
 * The directory of units (phòng, trung tâm…) and leaders (lãnh đạo Sở) per period. The default
 * comes from the department's documents; departments edit it (JSON file or the "Danh mục" sheet).
 */
import { z } from 'zod';
import { formatDateVi, isIsoDate } from '../dates';
import { matchKey } from '../text';

/** A name: spaces alone are no name ("  " in a JSON file, a cell of spaces). */
const nameText = () => z.string().trim().min(1);

export const unitSchema = z.strictObject({
  /** Full name: "Phòng Quản lý Khoa học và Đổi mới sáng tạo". */
  name: nameText(),
  /** The name the documents use and reports show: "Phòng QLKH&ĐMST". Canonical. */
  short: nameText(),
  aliases: z.array(nameText()).default([]),
  /** The short name of the unit that took the work over in the next period. */
  renamedTo: z.string().optional(),
  /** "Các đơn vị sự nghiệp": a group, not one unit. */
  collective: z.boolean().optional(),
});
export type Unit = z.infer<typeof unitSchema>;

export const leaderSchema = z.strictObject({
  /** Canonical: "PGĐ Sở Phan Văn Hiếu", "Giám đốc Sở". */
  name: nameText(),
  title: z.string().default(''),
  person: z.string().optional(),
  aliases: z.array(nameText()).default([]),
  directs: z.array(z.string()).optional(),
});
export type Leader = z.infer<typeof leaderSchema>;

export const periodSchema = z
  .strictObject({
    id: nameText(),
    /** First day the period applies (yyyy-mm-dd). */
    from: z.string().refine(isIsoDate, { message: 'phải là một ngày có thật, dạng yyyy-mm-dd' }),
    source: z.string().optional(),
    units: z.array(unitSchema),
    leaders: z.array(leaderSchema),
    /** Collective leadership phrases that are valid leaders: "Lãnh đạo Sở". */
    collective: z.array(z.string()).default([]),
  })
  .superRefine((period, ctx) => {
    // One name (short, full or alias) for two units, or two leaders, of a period: which one a cell
    // means would depend on the order of the file.
    const owners = (items: { label: string; names: string[] }[], list: 'units' | 'leaders') => {
      const owner = new Map<string, number>();
      items.forEach((item, i) => {
        for (const n of item.names) {
          // Case, spacing and tone placement ("Hòa"/"Hoà") do not make two names.
          const k = matchKey(n);
          const other = owner.get(k);
          if (other !== undefined && other !== i) ctx.addIssue({ code: 'custom', path: [list, i], message: `tên "${n}" đã dùng cho "${items[other]!.label}" trong cùng kỳ` });
          else owner.set(k, i);
        }
      });
    };
    owners(period.units.map((u) => ({ label: u.short, names: [u.short, u.name, ...u.aliases] })), 'units');
    owners(period.leaders.map((l) => ({ label: l.name, names: [l.name, ...l.aliases] })), 'leaders');
  });
export type Period = z.infer<typeof periodSchema>;

export const directorySchema = z.strictObject({
  about: z.string().optional(),
  periods: z
    .array(periodSchema)
    .min(1)
    .superRefine((periods, ctx) => {
      const seen = new Set<string>();
      const byStart = new Map<string, string>();
      periods.forEach((p, i) => {
        if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `bị trùng: kỳ "${p.id}" đã có ở trên` });
        seen.add(p.id);
        // Two periods from one day: which one a sheet of that time belongs to would be left to chance.
        const same = byStart.get(p.from);
        if (same !== undefined && same !== p.id) {
          ctx.addIssue({ code: 'custom', path: [i, 'from'], message: `sai: kỳ "${p.id}" bắt đầu cùng ngày ${formatDateVi(p.from)} với kỳ "${same}", mỗi kỳ phải bắt đầu một ngày khác` });
        }
        if (isIsoDate(p.from) && same === undefined) byStart.set(p.from, p.id);
      });
    }),
});

export type Directory = z.infer<typeof directorySchema>;
