package page

import "html/template"

// style is the style sheet of every page, in the document itself: a page
// makes no request of its own. Colours meet the contrast WCAG 2.2 AA asks
// for, and nothing is told by colour alone: skipped days are hatched, the
// due date is ringed, and the bars of a chart are patterned and labelled.
const style template.CSS = `
*{box-sizing:border-box}
html{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.4;color:#0b0c0c;background:#fff}
body{margin:0}
.page{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}
header.top{border-bottom:4px solid #0b0c0c;margin-bottom:1rem;padding-bottom:.5rem;display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.5rem}
header.top nav ul{list-style:none;margin:0;padding:0;display:flex;gap:1rem}
a{color:#1d5b99}
a:focus,input:focus,button:focus{outline:3px solid #0b0c0c;outline-offset:0;box-shadow:0 0 0 6px #ffdd00}
h1{font-size:1.9rem;margin:.5rem 0 1rem}
h2{font-size:1.45rem;margin:2rem 0 .75rem}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
.vh{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;white-space:nowrap!important;border:0!important}
.note{border-left:6px solid #1d5b99;padding:.5rem 1rem;background:#f3f2f1}
.warning{border:3px solid #0b0c0c;padding:.75rem 1rem;font-weight:bold}
.warning::before{content:"! ";font-size:1.3rem}
form{margin:1rem 0 2rem}
.field{margin:0 0 1.25rem}
.field label{display:block;font-weight:bold}
.field .hint{margin:.1rem 0 .3rem;color:#484949}
.field input[type=text]{font:inherit;width:12rem;padding:.3rem;border:2px solid #0b0c0c}
.field.error{border-left:5px solid #b10e1e;padding-left:.9rem}
.field.error input[type=text]{border:4px solid #b10e1e}
.field .msg{color:#b10e1e;font-weight:bold;margin:.2rem 0}
.check{display:flex;gap:.6rem;align-items:flex-start;margin:0 0 1.25rem}
.check input{width:1.5rem;height:1.5rem;margin:0}
.check label{font-weight:bold}
button{font:inherit;font-weight:bold;background:#00703c;color:#fff;border:0;border-bottom:3px solid #002d18;padding:.5rem 1rem;cursor:pointer}
.summary{border:5px solid #b10e1e;padding:1rem;margin:0 0 1.5rem}
.summary h2{margin-top:0}
.summary a{color:#b10e1e;font-weight:bold}
table{border-collapse:collapse;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border-bottom:1px solid #b1b4b6;padding:.35rem .6rem .35rem 0;text-align:left;vertical-align:top}
td.num,th.num{text-align:right}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0}
.deadline{border-top:2px solid #b1b4b6;margin-top:1.5rem;padding-top:.25rem;break-inside:avoid}
.months{display:flex;flex-wrap:wrap;gap:1.25rem;align-items:flex-start}
table.month{margin:0}
table.month th,table.month td{border:1px solid #b1b4b6;padding:0;text-align:center;width:2.6rem;height:2.5rem;position:relative;font-size:.95rem}
table.month th{height:auto;padding:.15rem;font-size:.7rem;font-weight:bold;background:#f3f2f1}
table.month td.skipped{background:#dcdcdc repeating-linear-gradient(135deg,transparent 0 5px,#a9a9a9 5px 7px)}
table.month td.start{border:3px dashed #0b0c0c;font-weight:bold}
table.month td.counted .c{position:absolute;top:1px;left:2px;font-size:.65rem;font-weight:bold}
table.month td .d{display:inline-block;min-width:1.9rem;line-height:1.9rem;font-weight:bold}
table.month td.out .d{font-weight:normal;color:#505a5f}
table.month td.due .d{border:3px solid #0b0c0c;border-radius:50%}
table.month td .s{position:absolute;top:0;left:2px;font-size:.65rem}
ul.key{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
ul.key li{display:flex;gap:.4rem;align-items:center}
ul.key .sw{display:inline-block;width:1.6rem;height:1.6rem;border:1px solid #b1b4b6;text-align:center;font-size:.7rem;font-weight:bold;line-height:1.5rem}
ul.key .sw.skipped{background:#dcdcdc repeating-linear-gradient(135deg,transparent 0 5px,#a9a9a9 5px 7px)}
ul.key .sw.start{border:3px dashed #0b0c0c}
ul.key .sw.due{border:3px solid #0b0c0c;border-radius:50%}
figure{margin:1.5rem 0;break-inside:avoid}
figcaption{font-weight:bold;font-size:1.1rem;margin-bottom:.5rem}
svg{max-width:100%;height:auto}
footer{margin-top:3rem;border-top:1px solid #b1b4b6;padding-top:.5rem;color:#484949;font-size:.85rem}
section.language + section.language{border-top:4px solid #0b0c0c;margin-top:3rem}
@page{size:A4;margin:15mm}
@media print{
 html{font-size:11pt}
 .page{max-width:none;padding:0}
 header.top nav,form,.noprint{display:none}
 a{color:#0b0c0c;text-decoration:none}
 h2,h3{break-after:avoid}
 table,figure{break-inside:avoid}
 section.language + section.language{break-before:page;border:0;margin:0}
}
`
