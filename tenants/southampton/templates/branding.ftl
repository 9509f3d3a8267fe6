<#-- Southampton's branding for its plan and board reports (overrides plan-templates/default/branding.ftl). -->
<#assign brand = {
  "organisation": "Southampton City Council",
  "strapline": "Child Friendly Southampton: a good start in life, living safely, healthy and happy",
  "primary": "#005a70",
  "accent": "#e05206",
  "light": "#e8f1f3",
  "font": "Liberation Sans"
}>
