/** The report's CSS, inlined in the page: system fonts, Amsterdam colours, readable on screen and paper. */
export const STYLE = `
*{box-sizing:border-box}
html{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0}
.masthead{border-bottom:4px solid #ec0000;padding:12px 24px}
.masthead p{margin:0;font-size:1.05rem}
.brand{font-weight:bold;color:#ec0000}
.brand::before{content:"×××";letter-spacing:-2px;margin-right:.5em}
.sub{color:#1a1a1a;margin-left:.5em}
main{max-width:1240px;margin:0 auto;padding:8px 24px 48px}
h1{font-size:2rem;line-height:1.2;margin:24px 0 8px;color:#004699}
h2{font-size:1.5rem;line-height:1.25;margin:40px 0 8px;color:#004699}
h3{font-size:1.2rem;line-height:1.3;margin:28px 0 6px}
a{color:#004699}
a:focus-visible,summary:focus-visible{outline:3px solid #004699;outline-offset:2px}
.lead{font-size:1.1rem;max-width:70ch;margin:0 0 16px}
nav ol{columns:2;max-width:60ch;margin:0;padding-left:1.4em}
nav h2{font-size:1.1rem;margin:16px 0 4px;color:#1a1a1a}
.guide{background:#f3f6fa;border-left:4px solid #004699;padding:4px 20px 12px;margin-top:24px}
.guide h2{margin-top:16px}
.guide h3{font-size:1.05rem;margin:12px 0 4px}
.guide p{margin:0 0 8px;font-size:.95rem}
.guide-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:8px 28px}
.legend{list-style:none;padding:0;margin:0 0 8px;font-size:.95rem}
.legend li{margin:0 0 6px;padding-left:44px;position:relative}
.swatch{position:absolute;left:0;top:4px;width:34px;height:14px;display:inline-block}
.swatch-line{height:3px;top:11px;background:#004699}
.swatch-line::after{content:"";position:absolute;left:12px;top:-3px;width:9px;height:9px;border-radius:50%;background:#004699}
.swatch-band{background:#b9d0ec}
.swatch-bar{background:#5b8fd0}
.swatch-bar::after{content:"";position:absolute;left:20px;right:-6px;top:6px;height:2px;background:#1a1a1a}
.swatch-hidden,.hatch{border:1px dashed #767676;background:repeating-linear-gradient(-45deg,#fff 0 4px,#767676 4px 5px)}
.hatch{display:inline-block;width:18px;height:12px;margin-right:6px;vertical-align:-1px}
.survey{border-top:2px solid #d6d6d6;margin-top:40px}
.purpose{max-width:80ch;margin:0 0 4px}
.meta{color:#4a4a4a;margin:0 0 8px}
.indicator{margin-top:28px;padding-top:4px;border-top:1px solid #e4e4e4}
.key{margin:0 0 8px;display:flex;align-items:baseline;gap:12px;flex-wrap:wrap}
.key .big{font-size:2rem;font-weight:bold;color:#004699}
.key-text{color:#1a1a1a}
.alpha-note{margin:0 0 8px;max-width:48em}
.hidden-key{font-weight:bold}
.pair{display:flex;flex-wrap:wrap;gap:16px 28px;align-items:flex-start}
figure{margin:0}
figcaption{font-size:.9rem;color:#4a4a4a;max-width:60ch;margin-bottom:4px}
.chart.trend{flex:0 1 460px}
.chart.bars{flex:1 1 600px;max-width:700px}
.chart svg{display:block;max-width:100%;height:auto}
details{margin:12px 0 0}
summary{cursor:pointer;color:#004699;font-weight:bold}
table{border-collapse:collapse;margin:12px 0 20px;font-size:.9rem;min-width:60%}
caption{text-align:left;font-weight:bold;padding:4px 0}
th,td{border-bottom:1px solid #d6d6d6;padding:4px 10px;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #1a1a1a}
th[scope=row]{font-weight:normal}
.group-head{font-weight:bold;background:#f3f6fa}
.num{text-align:right;font-variant-numeric:tabular-nums}
.hidden-cell{font-style:italic}
.overview th[scope=row]{font-weight:bold}
.target-what{max-width:80ch;margin:0 0 8px}
.chart.progress{flex:1 1 600px;max-width:700px}
.mystery{margin-top:28px;padding-top:4px;border-top:1px solid #e4e4e4}
.mystery h4{font-size:1.05rem;margin:20px 0 6px}
.reading{background:#f3f6fa;border-left:4px solid #004699;padding:4px 16px;margin:8px 0 12px;max-width:90ch}
.reading p{margin:6px 0;font-size:.95rem}
.chart.paired{max-width:700px}
.small{font-size:.8rem;color:#4a4a4a}
.wide{overflow-x:auto}
table.compliance td,table.paired td{white-space:nowrap}
footer{border-top:1px solid #d6d6d6;padding:12px 24px;color:#4a4a4a;font-size:.9rem}
@media print{details>*{display:block}.pair{break-inside:avoid}}
`;
