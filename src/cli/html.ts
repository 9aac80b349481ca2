/**
 * --html <dir>: one self-contained HTML report per file — what was recognised, the findings (with their cells and
 * 应为/实为/差额), the check of an existing 情况说明, and the generated 情况说明 with each chart as inline SVG after its
 * section and the 【待填写】 slots highlighted. Pure: (report, generated text) → string; main.ts writes the file.
 * The page loads nothing: inline CSS, inline SVG, no script, no URL (the only "http" is the SVG namespace). It is
 * also well-formed XML (void elements closed), so a reviewer's tooling can parse it.
 */
import * as path from "path";
import { chartSections, chartSvg } from "../engine/charts";
import type { Finding, Severity } from "../engine/findings";
import { isMissing, isValue, type Segment } from "../engine/narrative";
import type { NarrativeFinding } from "../engine/narrative/check";
import { SEVERITY_ZH, sortFindings, tableLabel } from "../engine/report";
import { formatRef } from "../engine/address";
import { escapeXml } from "../engine/charts/svg";
import { severityCounts, type FileReport } from "./format";
import type { NarrativeRun } from "./narrative";

/** "决算.xlsx" → "决算.html"; a second input of the same name in one run → "决算(2).html". */
export function htmlName(file: string, taken: ReadonlySet<string> = new Set()): string {
  const base = path.basename(file).replace(/\.xlsx$/i, "");
  for (let i = 1; ; i++) {
    const name = `${base}${i === 1 ? "" : `(${i})`}.html`;
    if (!taken.has(name)) return name;
  }
}

const esc = escapeXml;

const CSS = `
body { font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", sans-serif; color: #222222;
  margin: 0 auto; padding: 16px 24px 48px; max-width: 1100px; line-height: 1.6; background: #ffffff; }
h1 { font-size: 22px; margin: 8px 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #dddddd; }
h3 { font-size: 16px; margin: 20px 0 6px; }
.file { color: #555555; word-break: break-all; }
.counts { display: flex; gap: 12px; margin: 12px 0; flex-wrap: wrap; }
.count { border-radius: 6px; padding: 6px 14px; font-weight: bold; }
.count.error, tr.error td.sev { background: #ffc7ce; }
.count.warning, tr.warning td.sev { background: #fcd5b4; }
.count.info, tr.info td.sev { background: #ffeb9c; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 12px; }
th, td { border: 1px solid #d0d0d0; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.cell { min-width: 120px; max-width: 220px; }
td.cell .mark { white-space: nowrap; font-weight: bold; }
td.sev, td.cat { white-space: nowrap; }
.evidence { color: #777777; font-size: 12px; word-break: break-all; }
.quote { color: #555555; }
.note { color: #666666; font-size: 13px; }
.problem { color: #9c0006; }
.narrative p { text-indent: 2em; margin: 6px 0; }
.narrative .slot { background: #fff2a8; color: #7a4b00; border: 1px dashed #c9a400; border-radius: 3px; padding: 0 2px; }
.narrative .v { border-bottom: 1px dotted #8aa4c8; }
figure.chart { margin: 12px 0 20px; text-align: center; }
figure.chart svg { max-width: 100%; height: auto; border: 1px solid #eeeeee; }
`;

function countsHtml(c: Record<Severity, number>): string {
  return (
    `<div class="counts">` +
    (["error", "warning", "info"] as const)
      .map((s) => `<span class="count ${s}">${SEVERITY_ZH[s]} <span class="n">${c[s]}</span></span>`)
      .join("") +
    `</div>`
  );
}

type Amounts = Pick<Finding, "expected" | "actual" | "difference">;

function amountCells(f: Amounts): string {
  return [f.expected, f.actual, f.difference]
    .map((v) => `<td class="num">${v !== undefined ? esc(v) : ""}</td>`)
    .join("");
}

/** Evidence cells listed in full in the tooltip; the first few in the table (a 合计 may rest on dozens of cells). */
const EVIDENCE_SHOWN = 6;

function cellHtml(cells: ReadonlyArray<string>): string {
  if (cells.length === 0) return `<td class="cell">（表中无对应单元格）</td>`;
  const rest = cells.slice(1);
  return (
    `<td class="cell"><span class="mark">${esc(cells[0])}</span>` +
    (rest.length > 0
      ? `<br /><span class="evidence" title="${esc(rest.join(" "))}">依据：${esc(rest.slice(0, EVIDENCE_SHOWN).join("、"))}` +
        `${rest.length > EVIDENCE_SHOWN ? `等 ${rest.length} 个单元格` : ""}</span>`
      : "") +
    `</td>`
  );
}

function findingsHtml(findings: ReadonlyArray<Finding>): string {
  if (findings.length === 0) return `<p>未发现问题。</p>`;
  const rows = sortFindings(findings).map(
    (f, i) =>
      `<tr class="${f.severity}"><td class="num">${i + 1}</td><td class="sev">${SEVERITY_ZH[f.severity]}</td>` +
      `<td>${esc(tableLabel(f.table))}</td>${cellHtml(f.cells)}<td class="cat">${esc(f.category)}</td>` +
      `<td>${esc(f.message)}</td>${amountCells(f)}</tr>`,
  );
  return (
    `<table class="findings"><thead><tr><th>序号</th><th>严重程度</th><th>表</th><th>单元格</th><th>类别</th>` +
    `<th>问题说明</th><th>应为</th><th>实为</th><th>差额</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
  );
}

function narrativeCheckHtml(report: FileReport): string {
  const out: string[] = [];
  if (report.narrativeCheckError !== undefined)
    out.push(`<p class="problem">未能核对情况说明：${esc(report.narrativeCheckError)}</p>`);
  const nc = report.narrativeCheck;
  if (!nc) return out.length > 0 ? `<h2>情况说明核对</h2>${out.join("")}` : "";
  const r = nc.result;
  out.push(
    `<p>核对的文本：${esc(nc.source)}；含数字的句子 ${r.sentencesWithFigures} 句，完整核对 ${r.evaluated} 句。</p>`,
  );
  out.push(countsHtml(severityCounts(r.findings)));
  if (r.findings.length === 0) out.push(`<p>未发现问题。</p>`);
  else {
    const rows = r.findings.map(
      (f: NarrativeFinding, i) =>
        `<tr class="${f.severity}"><td class="num">${i + 1}</td><td class="sev">${SEVERITY_ZH[f.severity]}</td>` +
        `<td>${f.table ? esc(tableLabel(f.table)) : ""}</td>${cellHtml(f.cells)}` +
        `<td>${esc(f.message)}<br /><span class="quote">“${esc(f.quote)}”</span></td>${amountCells(f)}</tr>`,
    );
    out.push(
      `<table class="narrative-findings"><thead><tr><th>序号</th><th>严重程度</th><th>表</th><th>单元格</th>` +
        `<th>问题说明与原句</th><th>应为</th><th>实为</th><th>差额</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    );
  }
  if (r.notEvaluated.length > 0) {
    out.push(`<h3>未能核对的句子（${r.notEvaluated.length} 句）</h3><ul>`);
    for (const n of r.notEvaluated) out.push(`<li><span class="quote">“${esc(n.quote)}”</span>：${esc(n.reason)}</li>`);
    out.push(`</ul>`);
  }
  return `<h2>情况说明核对</h2>${out.join("")}`;
}

function segmentHtml(s: Segment): string {
  if (isMissing(s)) return `<mark class="slot">【待填写：${esc(s.missing)}】</mark>`;
  if (isValue(s)) {
    const cells = s.cells.map(formatRef).join("、");
    return `<span class="v"${cells ? ` title="${esc(cells)}"` : ""}>${esc(s.value)}</span>`;
  }
  return esc(s.text);
}

function generatedHtml(run: NarrativeRun | undefined): string {
  if (!run) return "";
  if (!run.generated)
    return `<h2>情况说明（生成稿）</h2><p class="problem">无法生成情况说明：${esc(run.error ?? "未知原因")}</p>`;
  const g = run.generated;
  const n = g.narrative;
  const at = chartSections(g.charts, n.sections);
  const out: string[] = [`<h2>情况说明（生成稿）</h2>`];
  const notes: string[] = [];
  if (n.missing.length > 0)
    notes.push(`待填写 ${n.missing.length} 处（黄色标出）；可在“补充数据”工作表中填写后重新运行。`);
  const open = n.reasons.filter((r) => !r.given);
  if (open.length > 0) notes.push(`需说明主要原因而尚未填写 ${open.length} 处。`);
  if (g.charts.length > 0)
    notes.push(`图 ${g.charts.length} 幅，由公开表的数字绘制（上年数、年初预算数为给定的输入）。`);
  for (const t of notes) out.push(`<p class="note">${esc(t)}</p>`);
  out.push(`<div class="narrative">`);
  n.sections.forEach((s, i) => {
    out.push(`<section><h3>${esc(s.heading)}</h3>`);
    for (const p of s.paragraphs) out.push(`<p>${p.segments.map(segmentHtml).join("")}</p>`);
    g.charts.forEach((c, j) => {
      if (at[j] === i) out.push(`<figure class="chart" data-chart="${esc(c.id)}">${chartSvg(c)}</figure>`);
    });
    out.push(`</section>`);
  });
  out.push(`</div>`);
  if (open.length > 0) {
    out.push(`<h3>尚缺的原因</h3><ul>`);
    for (const r of open)
      out.push(`<li>${esc(r.why)}${r.suggestion ? `（上年原因供参考：${esc(r.suggestion)}）` : ""}</li>`);
    out.push(`</ul>`);
  }
  if (g.gathered.problems.length > 0) {
    out.push(`<h3>补充数据中的问题</h3><ul>`);
    for (const p of g.gathered.problems) out.push(`<li>${esc(formatRef(p.ref))}：${esc(p.message)}</li>`);
    out.push(`</ul>`);
  }
  return out.join("");
}

/** The whole report page of one file. */
export function htmlReport(report: FileReport, run?: NarrativeRun): string {
  const name = path.basename(report.file);
  const out: string[] = [
    `<!DOCTYPE html>`,
    `<html lang="zh-CN"><head><meta charset="utf-8" />`,
    `<meta name="viewport" content="width=device-width, initial-scale=1" />`,
    `<title>${esc(`校验报告：${name}`)}</title><style>${CSS}</style></head><body>`,
    `<h1>预决算校验报告</h1><p class="file">文件：${esc(report.file)}</p>`,
  ];
  if (report.error !== undefined) {
    out.push(`<p class="problem">无法检查：${esc(report.error)}</p></body></html>`);
    return out.join("\n") + "\n";
  }
  const findings = report.run?.findings ?? [];
  out.push(`<section id="summary"><h2>校验结果概要</h2>${countsHtml(severityCounts(findings))}`);
  const notRun = (report.run?.rules ?? []).filter((x) => x.status === "not-applicable" || x.status === "not-evaluated");
  if (notRun.length > 0) out.push(`<p class="note">未运行或未完成的校验 ${notRun.length} 项（见文末）。</p>`);
  if (report.writeError !== undefined) out.push(`<p class="problem">${esc(report.writeError)}</p>`);
  out.push(`</section>`);

  const res = report.result;
  out.push(`<section id="tables"><h2>识别出的表（${res?.tables.length ?? 0} 张）</h2>`);
  if (res && res.tables.length > 0) {
    out.push(`<table><thead><tr><th>编号</th><th>表名</th><th>位置</th><th>行数</th><th>单位</th></tr></thead><tbody>`);
    for (const t of res.tables)
      out.push(
        `<tr><td>${esc(t.id)}</td><td>${esc(tableLabel(t.id))}</td><td>${esc(`${t.sheet}!${t.range}`)}</td>` +
          `<td class="num">${t.rows.length}</td><td>${esc(t.unit ?? "未注明")}</td></tr>`,
      );
    out.push(`</tbody></table>`);
  } else out.push(`<p>未识别出任何标准表。</p>`);
  if (res && res.unplaced.length > 0) {
    out.push(`<h3>未能归入任何表的内容（${res.unplaced.length} 处）</h3><ul>`);
    for (const u of res.unplaced) out.push(`<li>${esc(`${u.sheet}!${u.range}`)}：${esc(u.reason)}</li>`);
    out.push(`</ul>`);
  }
  const problems = res ? res.tables.flatMap((t) => t.problems) : [];
  if (problems.length > 0) {
    out.push(`<h3>无法读取的单元格（${problems.length} 个）</h3><ul>`);
    for (const p of problems) out.push(`<li>${esc(formatRef(p.ref))}：${esc(p.message)}</li>`);
    out.push(`</ul>`);
  }
  out.push(`</section>`);

  out.push(
    `<section id="findings"><h2>校验发现的问题（${findings.length} 条）</h2>${findingsHtml(findings)}</section>`,
  );
  const check = narrativeCheckHtml(report);
  if (check) out.push(`<section id="narrative-check">${check}</section>`);
  const gen = generatedHtml(run);
  if (gen) out.push(`<section id="narrative">${gen}</section>`);
  if (notRun.length > 0) {
    out.push(`<section id="not-run"><h2>未运行或未完成的校验（${notRun.length} 项）</h2><ul>`);
    for (const x of notRun) {
      const why = x.reasons && x.reasons.length > 0 ? `：${x.reasons.join("；")}` : "";
      out.push(`<li>${esc(`${x.id}（${x.status === "not-applicable" ? "不适用" : "未能校验"}）${why}`)}</li>`);
    }
    out.push(`</ul></section>`);
  }
  out.push(`<p class="note">由 fiscal-check（预决算校验助手）生成。</p></body></html>`);
  return out.join("\n") + "\n";
}
