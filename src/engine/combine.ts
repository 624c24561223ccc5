/** Several files' reports into one (the consolidated view Văn phòng Sở works from). */
import type { FileReport, Report } from './report';
import { mergeSummaries } from './summary/summarise';

export function combineReports(files: FileReport[], asOf: string): Report {
  const tagged = files.map((f) => ({
    ...f.summary,
    sections: f.summary.sections.map((s) => ({ ...s, file: f.file })),
    missing: {
      lead: f.summary.missing.lead.map((r) => ({ ...r, file: f.file })),
      leader: f.summary.missing.leader.map((r) => ({ ...r, file: f.file })),
      product: f.summary.missing.product.map((r) => ({ ...r, file: f.file })),
    },
    important: f.summary.important.map((r) => ({ ...r, file: f.file })),
    overdue: f.summary.overdue.map((r) => ({ ...r, file: f.file })),
  }));
  const report: Report = { asOf, files, summary: files.length === 1 ? files[0].summary : mergeSummaries(tagged) };
  if (files.length === 1) {
    report.tasks = files[0].tasks;
    report.findings = files[0].findings;
  }
  return report;
}
