// The report's stylesheet: screen, print and the preview server's layout.
// Inline in the page (the CSP allows inline styles and nothing else). Status
// and severity always come with a word; colour only repeats it. A backslash at
// the end of a line continues it: the stylesheet has no line break there.
export const REPORT_CSS = `
:root{--fg:#1b1f24;--muted:#5b6470;--line:#d5dae1;--bg:#fff;--panel:#f6f8fa;--accent:#0b57d0;
--supported:#1a7f37;--degraded:#9a6700;--stale:#8250df;--contested:#0b6b63;--challenged:#bc4c00;--unsupported:#9f1239;
--undeveloped:#57606a;--defeated:#cf222e;--warning:#9a6700}
*{box-sizing:border-box}
html{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0}
code{font:0.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;z-index:10;background:#fff;padding:.5rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
main,.case-header,footer{max-width:1400px;margin:0 auto;padding:0 1.25rem}
.case-header{padding-top:1.25rem}
.case-header h1{margin:.2rem 0 .5rem;font-size:1.6rem;line-height:1.25}
.eyebrow,.meta,.system{color:var(--muted);margin:.2rem 0}
.boundary{font-size:1.05rem;margin:.4rem 0}
.summary{max-width:70rem}
h2{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.25rem;margin-top:2rem}
.intro{color:var(--muted)}
.tag{display:inline-block;border:1px solid var(--line);border-radius:.6rem;padding:0 .45rem;font-size:.8em;color:var(--muted);background:var(--panel)}
.none{color:var(--muted);font-style:italic}
.warn{color:var(--defeated)}
.conflict{color:var(--challenged)}
.hint{color:var(--muted);font-size:.88em}
.hash code,code.hash{font-size:.78em;color:var(--muted)}
.status,.sev{display:inline-block;border-radius:.3rem;padding:0 .4rem;font-size:.85em;font-weight:600;color:#fff;white-space:nowrap}
.status-supported{background:var(--supported)}.status-degraded{background:var(--degraded)}.status-stale{background:var(--stale)}
.status-contested{background:var(--contested)}.status-unsupported{background:var(--unsupported)}
.status-challenged{background:var(--challenged)}.status-undeveloped{background:var(--undeveloped)}.status-defeated{background:var(--defeated)}
.sev-error{background:var(--defeated)}.sev-warning{background:var(--warning)}.sev-info{background:var(--undeveloped)}
.pol-undermines,.rsev-critical,.rsev-high{color:var(--defeated);font-weight:600}.pol-mixed{color:var(--contested);font-weight:600}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:var(--panel)}
table.counts{width:auto}
dl{display:grid;grid-template-columns:minmax(10rem,max-content) 1fr;gap:.3rem 1rem;margin:.5rem 0}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere;min-width:0}dd ul,dd ol{margin:0;padding-left:1.2rem}
.outline,.outline ul{list-style:none;padding-left:1.1rem;margin:0}
.outline{padding-left:0}
.outline li{border-left:2px solid var(--line);padding:.2rem 0 .2rem .6rem;margin:.15rem 0}
.kind{font-weight:600;font-size:.85em;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
.node-findings{font-size:.85em;color:var(--challenged)}
.reasons{margin:.2rem 0 .8rem}
#diagram{margin-top:1.5rem}
.toolbar{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.5rem 0}
.toolbar input{font:inherit;padding:.25rem .5rem;min-width:16rem;border:1px solid var(--line);border-radius:.3rem}
.toolbar button,.detail button{font:inherit;font-size:.9rem;padding:.2rem .6rem;\
border:1px solid var(--line);border-radius:.3rem;background:var(--panel);cursor:pointer}
.toolbar .count{color:var(--muted);font-size:.9rem;min-width:6rem}
.diagram-area{display:grid;grid-template-columns:1fr minmax(18rem,26rem);gap:.75rem;align-items:start}
.viewport{position:relative;height:70vh;min-height:24rem;border:1px solid var(--line);border-radius:.4rem;\
overflow:hidden;background:#fbfcfd;cursor:grab;touch-action:none}
.viewport.dragging{cursor:grabbing}
.viewport svg{width:100%;height:100%;display:block}
.keys{color:var(--muted);font-size:.85rem;margin:.3rem 0}
.detail{border:1px solid var(--line);border-radius:.4rem;padding:.75rem;background:var(--panel);max-height:70vh;overflow:auto;font-size:.92rem}
.detail h3{margin:.1rem 0 .4rem;font-size:1.05rem}
.detail h4{margin:.8rem 0 .3rem;font-size:.95rem}
.detail ul{padding-left:1.1rem;margin:.2rem 0}
.detail .item{border-top:1px solid var(--line);padding-top:.4rem;margin-top:.4rem}
.detail .node-text{font-size:1rem;margin:.3rem 0 .5rem}
svg .w-hidden{display:none}
svg .w-dim{opacity:.25}
svg .w-match .shape{stroke:#d4a72c!important;stroke-width:4px!important}
svg .w-selected .shape{stroke:var(--accent)!important;stroke-width:4px!important}
svg [data-id]{cursor:pointer}
svg [data-id]:focus{outline:none}
svg [data-id]:focus-visible .shape{stroke:var(--accent)!important;stroke-width:5px!important}
svg .w-badge rect{fill:var(--accent)}svg .w-badge text{fill:#fff;font:bold 12px system-ui,sans-serif}
.live-status{font-size:.9rem;color:var(--muted)}
.load-errors{border:2px solid var(--defeated);border-radius:.4rem;padding:.5rem 1rem;background:#fff5f5}
.finding-list{list-style:none;padding:0;margin:0}
.finding-list li{border-bottom:1px solid var(--line);padding:.35rem 0}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:2rem;padding-top:.75rem;padding-bottom:2rem}
.side-col{display:flex;flex-direction:column;gap:.75rem;min-width:0}
body.serve .viewport{height:80vh}
body.serve .side{max-height:34vh;overflow:auto;border:1px solid var(--line);border-radius:.4rem;padding:.5rem .75rem;font-size:.9rem}
body.serve .detail{max-height:calc(46vh - .75rem)}
.finding-error{border-left:4px solid var(--defeated);padding-left:.4rem!important}
.finding-warning{border-left:4px solid var(--warning);padding-left:.4rem!important}
.finding-info{border-left:4px solid var(--undeveloped);padding-left:.4rem!important}
body.serve .side h2{margin-top:0;font-size:1.05rem}
.case-list li{margin:.5rem 0}
@media (max-width:900px){.diagram-area{grid-template-columns:1fr}}
@media print{
  .toolbar,.keys,.detail,.skip,.live-status,.side{display:none!important}
  html{font-size:10.5pt}
  main,.case-header,footer{max-width:none;padding:0}
  .diagram-area{display:block}
  .viewport{height:auto;min-height:0;border:none;overflow:visible;background:none}
  .viewport svg{height:auto;max-height:none}
  svg .w-hidden{display:inline}svg .w-dim{opacity:1}svg .w-badge{display:none}
  svg .w-match .shape,svg .w-selected .shape{stroke-width:inherit!important}
  a{color:inherit;text-decoration:none}
  section{break-inside:auto}h2{break-after:avoid}tr{break-inside:avoid}
  .table-wrap{overflow:visible}
  .status,.sev{color:#000!important;background:none!important;border:1px solid #000}
}
`;
