<#-- Print and screen styles of the documents (openhtmltopdf reads the @page rules; browsers the rest). -->
<style type="text/css">
@page {
  size: A4;
  margin: 20mm 18mm 22mm 18mm;
  @bottom-left { content: "${brand.organisation} · ${title}"; font-family: "${brand.font}", sans-serif; font-size: 8pt; color: #505a5f; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "${brand.font}", sans-serif; font-size: 8pt; color: #505a5f; }
}
@page cover { margin: 0; @bottom-left { content: none; } @bottom-right { content: none; } }
body { font-family: "${brand.font}", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #0b0c0c; margin: 0; }
.cover { page: cover; page-break-after: always; height: 297mm; position: relative; background: ${brand.primary}; color: #ffffff; }
.cover-inner { padding: 60mm 20mm 0 20mm; }
.cover .organisation { font-size: 14pt; letter-spacing: 0.5pt; text-transform: uppercase; margin: 0 0 6mm 0; }
.cover h1 { font-size: 28pt; line-height: 1.15; margin: 0 0 8mm 0; color: #ffffff; }
.cover .subtitle { font-size: 14pt; margin: 0 0 4mm 0; }
.cover .band { position: absolute; left: 0; right: 0; bottom: 0; height: 60mm; background: ${brand.accent}; padding: 12mm 20mm; }
.cover .band p { margin: 0 0 2mm 0; font-size: 10pt; color: #ffffff; }
.status { display: inline-block; border: 1px solid #ffffff; padding: 1mm 3mm; font-size: 9pt; text-transform: uppercase; }
nav.toc { page-break-after: always; }
nav.toc ol { list-style: none; padding: 0; margin: 0; }
nav.toc li { margin: 0 0 2.5mm 0; font-size: 11pt; border-bottom: 0.5pt dotted #b1b4b6; }
nav.toc a { color: #0b0c0c; text-decoration: none; }
nav.toc a::after { content: target-counter(attr(href), page); float: right; }
h2, h3, h4 { color: ${brand.primary}; page-break-after: avoid; }
h2 { font-size: 17pt; margin: 0 0 5mm 0; padding-bottom: 2mm; border-bottom: 2pt solid ${brand.accent}; }
h3 { font-size: 12.5pt; margin: 6mm 0 2mm 0; }
h4 { font-size: 11pt; margin: 4mm 0 2mm 0; }
section.plan-section { margin-top: 9mm; }
section.major { page-break-before: always; margin-top: 0; }
p { margin: 0 0 3mm 0; }
.placeholder { color: #505a5f; font-style: italic; border-left: 3pt solid #b1b4b6; padding-left: 3mm; }
.narrative blockquote { margin: 0 0 3mm 0; padding-left: 4mm; border-left: 3pt solid ${brand.accent}; color: #383f43; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 5mm 0; font-size: 8.5pt; page-break-inside: auto; }
caption { text-align: left; font-weight: bold; font-size: 9.5pt; color: ${brand.primary}; padding: 0 0 1.5mm 0; }
th, td { border-bottom: 0.5pt solid #b1b4b6; padding: 1.4mm 1.6mm; text-align: left; vertical-align: top; }
thead th { background: ${brand.light}; border-bottom: 1pt solid ${brand.primary}; }
tr { page-break-inside: avoid; }
td.n, th.n { text-align: right; }
tr.total th, tr.total td { font-weight: bold; border-top: 1pt solid #0b0c0c; }
.rag { display: inline-block; padding: 0.3mm 1.6mm; font-weight: bold; font-size: 8pt; border-radius: 1mm; }
.rag-green { background: #cce2d8; color: #005a30; }
.rag-amber { background: #fff7bf; color: #594d00; }
.rag-red { background: #f4cdc6; color: #942514; }
.rag-complete { background: #d2e2f1; color: #0c2d4a; }
.rag-not_started { background: #e5e6e7; color: #383f43; }
figure.chart { margin: 2mm 0 5mm 0; page-break-inside: avoid; }
figure.chart svg { width: 150mm; height: 60mm; }
figcaption { font-size: 8.5pt; color: #505a5f; }
.charts { width: 100%; }
.keyfacts { width: 100%; margin: 0 0 5mm 0; }
.keyfacts td { background: ${brand.light}; border: 2pt solid #ffffff; padding: 3mm; width: 25%; vertical-align: top; }
.keyfacts .fig { font-size: 16pt; font-weight: bold; color: ${brand.primary}; display: block; }
.note { font-size: 8.5pt; color: #505a5f; }
.signature td { height: 14mm; }
@media screen {
  body { background: #f3f2f1; }
  .page-frame { max-width: 210mm; margin: 8mm auto; background: #ffffff; box-shadow: 0 0 4px #b1b4b6; }
  .cover { height: auto; min-height: 240mm; }
  .cover .band { position: static; margin-top: 30mm; }
  section.plan-section, nav.toc { padding: 10mm 16mm; border-top: 1px solid #b1b4b6; }
  nav.toc a::after { content: none; }
}
</style>
