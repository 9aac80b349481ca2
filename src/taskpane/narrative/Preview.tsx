import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { tn } from "../../i18n/zh-CN-narrative";
import type { SectionView, SegmentView } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  paragraph: { margin: 0, lineHeight: tokens.lineHeightBase400, overflowWrap: "anywhere", textIndent: "2em" },
  value: {
    border: "none",
    padding: "0 1px",
    margin: 0,
    font: "inherit",
    cursor: "pointer",
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  missing: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  provenance: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  cells: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

interface Picked {
  readonly at: string;
  readonly seg: SegmentView;
}

/** The generated text; each number opens where it comes from (figure, line, cells) with 定位 to its first cell. */
export function Preview(props: {
  sections: ReadonlyArray<SectionView>;
  onLocate: (cells: ReadonlyArray<string>) => void;
  chart?: (id: string) => JSX.Element | null;
}) {
  const styles = useStyles();
  const [picked, setPicked] = useState<Picked | null>(null);
  return (
    <div className={styles.root} aria-label={tn("narrative.section.preview")} role="document">
      <Text size={200}>{tn("narrative.preview.hint")}</Text>
      {props.sections.map((s, si) => (
        <section key={si} aria-label={s.heading}>
          <h3 className={styles.heading}>{s.heading}</h3>
          {s.paragraphs.map((p, pi) => {
            const here = picked && picked.at.startsWith(`${si}.${pi}.`) ? picked : null;
            return (
              <div key={pi}>
                <p className={styles.paragraph}>
                  {p.map((seg, i) => {
                    const at = `${si}.${pi}.${i}`;
                    if (seg.kind === "text") return <span key={i}>{seg.text}</span>;
                    if (seg.kind === "missing")
                      return (
                        <mark key={i} className={styles.missing}>
                          {seg.text}
                        </mark>
                      );
                    return (
                      <button
                        key={i}
                        type="button"
                        className={`${styles.value} ${picked?.at === at ? styles.selected : ""}`}
                        aria-expanded={picked?.at === at}
                        title={tn("narrative.preview.provenance", {
                          figure: seg.figure ?? "",
                          subject: seg.subject ?? "",
                        })}
                        onClick={() => setPicked(picked?.at === at ? null : { at, seg })}
                      >
                        {seg.text}
                      </button>
                    );
                  })}
                </p>
                {here && (
                  <div className={styles.provenance} role="note" aria-label={tn("narrative.preview.provenanceLabel")}>
                    <Text size={200} weight="semibold">
                      {here.seg.text}：
                      {tn("narrative.preview.provenance", {
                        figure: here.seg.figure ?? "",
                        subject: here.seg.subject ?? "",
                      })}
                    </Text>
                    <div className={styles.cells}>
                      <Text size={200}>
                        {here.seg.cells && here.seg.cells.length > 0
                          ? tn("narrative.preview.cells", { cells: here.seg.cells.join(tn("list.separator")) })
                          : tn("narrative.preview.noCells")}
                      </Text>
                      {here.seg.cells && here.seg.cells.length > 0 && (
                        <Button size="small" appearance="subtle" onClick={() => props.onLocate(here.seg.cells ?? [])}>
                          {tn("narrative.preview.locate")}
                        </Button>
                      )}
                    </div>
                  </div>
                )}
              </div>
            );
          })}
          {props.chart && s.charts.map((id) => <div key={id}>{props.chart!(id)}</div>)}
        </section>
      ))}
    </div>
  );
}
