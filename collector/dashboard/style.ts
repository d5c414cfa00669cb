// The page's only stylesheet, served same-origin so the Content-Security-Policy can forbid inline styles.
export const DASHBOARD_CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:62rem;padding:1rem 1.25rem;color:#1b1f24;background:#fff}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.1rem;margin:1.4rem 0 .4rem}
.quiet{color:#59636e}.badge{background:#b42318;color:#fff;border-radius:.3rem;padding:0 .4rem;font-size:.8rem;vertical-align:middle}
.provider{border-top:1px solid #d1d9e0;margin-top:1rem}.chart{max-width:100%;height:auto;display:block}
.bar{fill:#6e7781}.bar.outage{fill:#b42318}.baseline{stroke:#0969da;stroke-width:1.5}.axis{stroke:#d1d9e0}
.label{font-size:9px;fill:#59636e}.label.end{text-anchor:end}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}th,td{padding:.15rem .6rem;text-align:left;border-bottom:1px solid #eef1f4}.num{text-align:right}
@media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}.quiet,.label{color:#9198a1;fill:#9198a1}.provider{border-color:#30363d}th,td{border-color:#21262d}}
`;
